// Loads the kit's Vue typings for the fixtures (an app gets them by importing auth-elements/vue
// or listing it in tsconfig `types`).
import 'auth-elements/vue';
