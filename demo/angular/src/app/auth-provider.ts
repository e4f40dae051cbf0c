// This example app's authProvider: the refine tutorial's mock, shared with the Vue example.
// In your app this file holds the authProvider you wrote for refine or react-admin.
export { authProvider } from '../../../example-apps-provider';
