import type { AuthLocale } from '../internal/strings.js';

/** German. */
export const de: AuthLocale = {
  locale: 'de',
  errors: {
    'login-failed': { title: 'Anmeldefehler', message: 'Ungültige Anmeldedaten' },
    'logout-failed': { title: 'Abmeldefehler', message: 'Beim Abmelden ist ein Fehler aufgetreten' },
    'register-failed': { title: 'Registrierungsfehler', message: 'Bei der Registrierung ist ein Fehler aufgetreten' },
    'forgot-password-failed': { title: 'Fehler beim Zurücksetzen', message: 'Beim Zurücksetzen des Passworts ist ein Fehler aufgetreten' },
    'update-password-failed': { title: 'Fehler beim Ändern des Passworts', message: 'Beim Ändern des Passworts ist ein Fehler aufgetreten' },
    'not-signed-in': { title: 'Authentifizierungsfehler', message: 'Sie sind nicht angemeldet' },
    unknown: { title: 'Fehler', message: 'Etwas ist schiefgelaufen' },
    'permissions-failed': { title: 'Berechtigungsfehler', message: 'Die Berechtigungen konnten nicht geladen werden' },
    'identity-failed': { title: 'Benutzerdatenfehler', message: 'Die Benutzerdaten konnten nicht geladen werden' },
    'verify-two-factor-failed': { title: 'Überprüfungsfehler', message: 'Der Code konnte nicht überprüft werden' },
    'send-two-factor-code-failed': { title: 'Sendefehler', message: 'Der Code konnte nicht gesendet werden' },
    'send-login-code-failed': { title: 'Sendefehler', message: 'Der Anmeldecode konnte nicht gesendet werden' },
    'login-with-code-failed': { title: 'Anmeldefehler', message: 'Der Anmeldecode ist ungültig' },
    'send-magic-link-failed': { title: 'Sendefehler', message: 'Der Anmeldelink konnte nicht gesendet werden' },
    'send-verification-email-failed': { title: 'Sendefehler', message: 'Die Bestätigungs-E-Mail konnte nicht gesendet werden' },
    'verify-email-failed': { title: 'Überprüfungsfehler', message: 'Die E-Mail-Adresse konnte nicht bestätigt werden' },
    'login-with-passkey-failed': { title: 'Passkey-Fehler', message: 'Die Anmeldung mit dem Passkey ist fehlgeschlagen' },
    timeout: { title: 'Zeitüberschreitung', message: 'Der Server hat zu lange für eine Antwort gebraucht. Bitte versuchen Sie es erneut.' },
    unsupported: { title: 'Nicht verfügbar', message: 'Diese Funktion ist mit dem aktuellen Anmeldedienst nicht verfügbar.' },
    'no-store': { title: 'Konfigurationsfehler', message: 'Die Anmeldung ist auf dieser Seite noch nicht eingerichtet.' },
    offline: { title: 'Sie sind offline', message: 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.' },
    network: { title: 'Verbindungsproblem', message: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.' },
    'server-error': { title: 'Serverfehler', message: 'Auf dem Server ist ein Problem aufgetreten. Bitte versuchen Sie es später erneut.' },
    'rate-limited': {
      title: 'Zu viele Versuche',
      message: 'Zu viele Versuche. Warten Sie einen Moment und versuchen Sie es dann erneut.',
      messageWithDelay: 'Zu viele Versuche. Versuchen Sie es in {seconds} erneut.',
    },
    'invalid-credentials': { title: 'Anmeldung fehlgeschlagen', message: 'Die E-Mail-Adresse oder das Passwort ist falsch.' },
    'user-exists': { title: 'Registrierung fehlgeschlagen', message: 'Mit dieser E-Mail-Adresse gibt es bereits ein Konto. Melden Sie sich an oder verwenden Sie eine andere Adresse.' },
    'weak-password': { title: 'Passwort zu schwach', message: 'Dieses Passwort ist zu leicht zu erraten. Wählen Sie ein anderes.' },
    'password-too-short': { title: 'Passwort zu kurz', message: 'Dieses Passwort ist zu kurz: Verwenden Sie mindestens {min} Zeichen.' },
    'password-too-long': { title: 'Passwort zu lang', message: 'Dieses Passwort ist zu lang: Verwenden Sie höchstens {max} Zeichen.' },
    'password-required': { title: 'Passwort fehlt', message: 'Geben Sie ein Passwort ein.' },
    'invalid-email': { title: 'Ungültige E-Mail-Adresse', message: 'Geben Sie eine gültige E-Mail-Adresse ein.' },
    'invalid-input': { title: 'Ungültige Eingabe', message: 'Einige Felder fehlen oder sind ungültig.' },
    'invalid-token': { title: 'Ungültiger Link', message: 'Dieser Link zum Zurücksetzen des Passworts ist ungültig oder abgelaufen. Fordern Sie einen neuen an.' },
    'invalid-code': { title: 'Ungültiger Code', message: 'Dieser Code ist falsch oder abgelaufen. Prüfen Sie ihn oder fordern Sie einen neuen an.' },
    'email-not-verified': { title: 'E-Mail-Adresse nicht bestätigt', message: 'Bestätigen Sie zuerst Ihre E-Mail-Adresse: Folgen Sie dem Link in der E-Mail, die wir Ihnen geschickt haben.' },
    'session-expired': { title: 'Sitzung abgelaufen', message: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.' },
    'untrusted-origin': { title: 'Anfrage abgelehnt', message: 'Der Server hat eine Anfrage dieser Seite abgelehnt (ihrer Herkunft wird nicht vertraut).' },
    'invalid-backup-code': { title: 'Ungültiger Backup-Code', message: 'Dieser Backup-Code ist falsch oder wurde bereits verwendet.' },
    'code-expired': { title: 'Code abgelaufen', message: 'Dieser Code ist abgelaufen. Fordern Sie einen neuen an.' },
    'too-many-attempts': { title: 'Zu viele Versuche', message: 'Zu viele falsche Codes. Fordern Sie einen neuen Code an oder melden Sie sich erneut an.' },
    'account-locked': { title: 'Konto gesperrt', message: 'Dieses Konto ist gesperrt. Versuchen Sie es später erneut oder wenden Sie sich an den Support.' },
    'two-factor-expired': { title: 'Anmeldung abgelaufen', message: 'Der zweite Schritt hat zu lange gedauert. Bitte melden Sie sich erneut an.' },
    'method-unavailable': { title: 'Methode nicht verfügbar', message: 'Diese Bestätigungsmethode ist für dieses Konto nicht verfügbar.' },
    'link-expired': { title: 'Link abgelaufen', message: 'Dieser Link ist abgelaufen oder wurde bereits verwendet. Fordern Sie einen neuen an.' },
    'passkey-cancelled': { title: 'Passkey abgebrochen', message: 'Die Passkey-Anfrage wurde abgebrochen.' },
    'passkey-unavailable': { title: 'Passkeys nicht verfügbar', message: 'Passkeys können in diesem Browser oder unter dieser Adresse nicht verwendet werden.' },
    'passkey-failed': { title: 'Passkey-Fehler', message: 'Der Passkey konnte nicht verwendet werden. Versuchen Sie es erneut.' },
    'access-denied': { title: 'Anmeldung abgebrochen', message: 'Die Anmeldung wurde beim Identitätsanbieter abgebrochen oder abgelehnt.' },
    'invalid-state': { title: 'Anmeldelink ungültig', message: 'Dieser Anmeldelink ist ungültig, wurde bereits verwendet oder in einem anderen Tab gestartet. Bitte melden Sie sich erneut an.' },
    'sign-in-failed': { title: 'Anmeldung fehlgeschlagen', message: 'Die Anmeldung konnte nicht abgeschlossen werden. Bitte versuchen Sie es erneut.' },
  },

  loginTitle: 'Melden Sie sich bei Ihrem Konto an',
  emailLabel: 'E-Mail',
  usernameLabel: 'Benutzername',
  passwordLabel: 'Passwort',
  rememberMe: 'Angemeldet bleiben',
  forgotPasswordLink: 'Passwort vergessen?',
  loginSubmit: 'Anmelden',
  providerSubmit: 'Mit {provider} anmelden',
  providersLabel: 'Weitere Anmeldemöglichkeiten',
  dividerText: 'oder',
  noAccountPrompt: 'Noch kein Konto?',
  registerLink: 'Registrieren',

  registerTitle: 'Konto erstellen',
  confirmPasswordLabel: 'Passwort bestätigen',
  registerSubmit: 'Registrieren',
  haveAccountPrompt: 'Sie haben bereits ein Konto?',
  loginLink: 'Anmelden',
  passwordMismatch: 'Die Passwörter stimmen nicht überein.',

  forgotTitle: 'Passwort vergessen?',
  forgotDescription: 'Geben Sie Ihre E-Mail-Adresse ein. Wir senden Ihnen einen Link, mit dem Sie Ihr Passwort zurücksetzen können.',
  forgotSubmit: 'Link senden',
  forgotSent: 'Falls ein Konto mit dieser Adresse existiert, ist ein Link zum Zurücksetzen des Passworts unterwegs. Sehen Sie in Ihrem Posteingang nach.',
  backToLogin: 'Zurück zur Anmeldung',
  sendAgain: 'Erneut senden',

  updateTitle: 'Neues Passwort festlegen',
  newPasswordLabel: 'Neues Passwort',
  updateSubmit: 'Passwort ändern',
  updateSuccess: 'Ihr Passwort wurde geändert.',
  invalidLinkTitle: 'Dieser Link ist ungültig oder unvollständig',
  invalidLinkMessage: 'Öffnen Sie den Link aus Ihrer E-Mail erneut oder fordern Sie einen neuen an.',
  requestNewLink: 'Neuen Link anfordern',

  showPassword: 'Passwort anzeigen',
  hidePassword: 'Passwort verbergen',
  required: 'Bitte füllen Sie dieses Feld aus.',
  invalidEmail: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
  tooShort: 'Verwenden Sie mindestens {min} Zeichen.',
  busy: 'Bitte warten…',

  logout: 'Abmelden',
  notificationsLabel: 'Benachrichtigungen',
  dismiss: 'Schließen',
  checking: 'Ihre Sitzung wird geprüft…',
  denied: 'Sie haben keinen Zugriff auf diese Seite.',

  callbackWorking: 'Anmeldung läuft…',
  callbackErrorTitle: 'Die Anmeldung konnte nicht abgeschlossen werden',

  // <auth-two-factor>
  twoFactorTitle: 'Zwei-Schritt-Verifizierung',
  twoFactorTotpDescription: 'Geben Sie den {length}-stelligen Code aus Ihrer Authenticator-App ein.',
  twoFactorOtpDescription: 'Geben Sie den {length}-stelligen Code ein, den wir an Ihre E-Mail-Adresse gesendet haben.',
  twoFactorBackupDescription: 'Geben Sie einen Ihrer gespeicherten Backup-Codes ein. Jeder Code funktioniert nur einmal.',
  twoFactorCodeLabel: 'Bestätigungscode',
  twoFactorBackupCodeLabel: 'Backup-Code',
  twoFactorSubmit: 'Bestätigen',
  twoFactorTrustDevice: 'Diesem Gerät vertrauen (diesen Schritt künftig überspringen)',
  twoFactorUseTotp: 'Authenticator-App verwenden',
  twoFactorUseOtp: 'Code per E-Mail senden',
  twoFactorUseBackupCode: 'Backup-Code verwenden',
  twoFactorMethodsLabel: 'Andere Bestätigungsmöglichkeiten',
  twoFactorResend: 'Code erneut senden',
  twoFactorResendIn: 'Erneut senden in {seconds} s',
  twoFactorCodeSent: 'Ein Code ist unterwegs. Sehen Sie in Ihrem Posteingang nach.',
  twoFactorCodeIncomplete: 'Geben Sie den vollständigen {length}-stelligen Code ein.',
  twoFactorBackupCodeInvalid: 'Geben Sie einen vollständigen Backup-Code ein: nur Buchstaben, Ziffern und Bindestriche.',

  // <auth-login> beyond passwords
  loginCodeButton: 'Anmeldecode per E-Mail senden',
  magicLinkButton: 'Anmeldelink per E-Mail senden',
  loginCodeTitle: 'Anmeldecode eingeben',
  loginCodeSent: 'Falls ein Konto für {email} existiert, ist ein Anmeldecode unterwegs. Sehen Sie in Ihrem Posteingang nach.',
  loginCodeLabel: 'Anmeldecode',
  loginCodeIncomplete: 'Geben Sie alle {length} Ziffern des Codes ein.',
  magicLinkTitle: 'Sehen Sie in Ihrem Posteingang nach',
  magicLinkSent: 'Falls ein Konto für {email} existiert, ist ein Anmeldelink unterwegs. Öffnen Sie ihn, um sich anzumelden.',
  loginResendIn: 'Erneut senden in {seconds} s',

  /* <auth-verify-email> */
  verifyingTitle: 'Ihre E-Mail-Adresse wird bestätigt…',
  verifiedTitle: 'E-Mail-Adresse bestätigt',
  verifiedMessage: 'Danke: Ihre E-Mail-Adresse ist bestätigt.',
  verifyContinue: 'Weiter',
  verifyExpiredTitle: 'Dieser Link ist abgelaufen',
  verifyRequestTitle: 'Bestätigen Sie Ihre E-Mail-Adresse',
  verifyRequestDescription: 'Geben Sie Ihre E-Mail-Adresse ein, dann senden wir Ihnen einen neuen Bestätigungslink.',
  verifySendSubmit: 'Neuen Link senden',
  verifyInboxTitle: 'Sehen Sie in Ihrem Posteingang nach',
  verifyInboxMessage: 'Wir haben einen Link an {email} gesendet. Öffnen Sie ihn, um Ihre Adresse zu bestätigen.',
  verifyInboxMessageNoEmail: 'Wir haben Ihnen einen Link gesendet. Öffnen Sie ihn, um Ihre Adresse zu bestätigen.',
  verifyResent: 'Wenn diese Adresse auf eine Bestätigung wartet, ist ein neuer Link unterwegs. Sehen Sie in Ihrem Posteingang nach.',
  verifyResendIn: 'Erneut senden in {seconds} s',
  verifyBack: 'Zurück',
  verifyRetry: 'Erneut versuchen',
  account: {
    errors: {
      'passkey-exists': { title: 'Passkey vorhanden', message: 'Dieses Gerät hat bereits einen Passkey für Ihr Konto.' },
      'invalid-password': { title: 'Falsches Passwort', message: 'Dieses Passwort ist nicht korrekt.' },
      'no-password': { title: 'Kein Passwort', message: 'Dieses Konto hat kein Passwort: Es meldet sich anders an.' },
      'session-not-fresh': { title: 'Erneut anmelden', message: 'Melden Sie sich zu Ihrer Sicherheit erneut an und versuchen Sie es dann noch einmal.' },
      'list-passkeys-failed': { title: 'Passkey-Fehler', message: 'Ihre Passkeys konnten nicht geladen werden.' },
      'add-passkey-failed': { title: 'Passkey-Fehler', message: 'Der Passkey konnte nicht hinzugefügt werden.' },
      'rename-passkey-failed': { title: 'Passkey-Fehler', message: 'Der Passkey konnte nicht umbenannt werden.' },
      'delete-passkey-failed': { title: 'Passkey-Fehler', message: 'Der Passkey konnte nicht gelöscht werden.' },
      'change-password-failed': { title: 'Passwort-Fehler', message: 'Das Passwort konnte nicht geändert werden.' },
      'change-email-failed': { title: 'E-Mail-Fehler', message: 'Die E-Mail-Adresse konnte nicht geändert werden.' },
      'list-sessions-failed': { title: 'Sitzungsfehler', message: 'Ihre Sitzungen konnten nicht geladen werden.' },
      'revoke-session-failed': { title: 'Sitzungsfehler', message: 'Diese Sitzung konnte nicht abgemeldet werden.' },
      'revoke-other-sessions-failed': { title: 'Sitzungsfehler', message: 'Die anderen Sitzungen konnten nicht abgemeldet werden.' },
      'enable-two-factor-failed': { title: 'Zwei-Faktor-Fehler', message: 'Die Zwei-Faktor-Authentifizierung konnte nicht aktiviert werden.' },
      'confirm-two-factor-failed': { title: 'Bestätigungsfehler', message: 'Der Code konnte nicht bestätigt werden.' },
      'disable-two-factor-failed': { title: 'Zwei-Faktor-Fehler', message: 'Die Zwei-Faktor-Authentifizierung konnte nicht deaktiviert werden.' },
      'generate-backup-codes-failed': { title: 'Fehler bei Backup-Codes', message: 'Es konnten keine Backup-Codes erstellt werden.' },
      'delete-account-failed': { title: 'Kontofehler', message: 'Das Konto konnte nicht gelöscht werden.' },
    },
    // <changePassword>
    changePassword: {
      title: 'Passwort ändern',
    },
    // </changePassword>
    // <changeEmail>
    changeEmail: {
      title: 'E-Mail-Adresse ändern',
    },
    // </changeEmail>
    // <deleteAccount>
    deleteAccount: {
      title: 'Konto löschen',
    },
    // </deleteAccount>
    // <sessions>
    sessions: {
      title: 'Sitzungen',
    },
    // </sessions>
    // <passkeys>
    passkeys: {
      title: 'Passkeys',
    },
    // </passkeys>
    // <twoFactorSetup>
    twoFactorSetup: {
      title: 'Zwei-Faktor-Authentifizierung',
    },
    // </twoFactorSetup>
    // <page>
    page: {
      title: 'Kontosicherheit',
      description: 'Verwalten Sie, wie Sie sich anmelden und wo Sie angemeldet sind.',
      empty: 'Für dieses Konto gibt es nichts zu verwalten.',
    },
    // </page>
  },
};
