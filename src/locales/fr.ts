import type { AuthStrings } from '../internal/strings.js';

/** French. */
export const fr: AuthStrings = {
  loginTitle: 'Connectez-vous à votre compte',
  emailLabel: 'E-mail',
  usernameLabel: 'Nom d’utilisateur',
  passwordLabel: 'Mot de passe',
  rememberMe: 'Se souvenir de moi',
  forgotPasswordLink: 'Mot de passe oublié ?',
  loginSubmit: 'Se connecter',
  providerSubmit: 'Se connecter avec {provider}',
  providersLabel: 'Autres moyens de connexion',
  dividerText: 'ou',
  noAccountPrompt: 'Pas encore de compte ?',
  registerLink: 'Créer un compte',

  registerTitle: 'Créer un compte',
  confirmPasswordLabel: 'Confirmer le mot de passe',
  registerSubmit: 'Créer le compte',
  haveAccountPrompt: 'Vous avez déjà un compte ?',
  loginLink: 'Se connecter',
  passwordMismatch: 'Les mots de passe ne correspondent pas.',

  forgotTitle: 'Mot de passe oublié ?',
  forgotDescription: 'Saisissez votre e-mail : nous vous enverrons un lien pour réinitialiser votre mot de passe.',
  forgotSubmit: 'Envoyer le lien',
  forgotSent: 'Si un compte existe pour cette adresse, un lien de réinitialisation vient de lui être envoyé. Consultez votre boîte de réception.',
  backToLogin: 'Retour à la connexion',
  sendAgain: 'Renvoyer',

  updateTitle: 'Choisir un nouveau mot de passe',
  newPasswordLabel: 'Nouveau mot de passe',
  updateSubmit: 'Mettre à jour',
  updateSuccess: 'Votre mot de passe a été mis à jour.',
  invalidLinkTitle: 'Ce lien est invalide ou incomplet',
  invalidLinkMessage: 'Ouvrez à nouveau le lien reçu par e-mail, ou demandez-en un nouveau.',
  requestNewLink: 'Demander un nouveau lien',

  showPassword: 'Afficher le mot de passe',
  hidePassword: 'Masquer le mot de passe',
  required: 'Veuillez remplir ce champ.',
  invalidEmail: 'Veuillez saisir une adresse e-mail valide.',
  tooShort: 'Utilisez au moins {min} caractères.',
  busy: 'Veuillez patienter…',

  logout: 'Se déconnecter',
  notificationsLabel: 'Notifications',
  dismiss: 'Fermer',
  checking: 'Vérification de votre session…',
  denied: 'Vous n’avez pas accès à cette page.',

  callbackWorking: 'Connexion en cours…',
  callbackErrorTitle: 'La connexion n’a pas pu aboutir',
};
