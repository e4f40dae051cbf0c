import type { AuthLocale } from '../internal/strings.js';

/** Brazilian Portuguese. */
export const ptBR: AuthLocale = {
  locale: 'pt-BR',
  errors: {
    'login-failed': { title: 'Erro ao entrar', message: 'Credenciais inválidas' },
    'logout-failed': { title: 'Erro ao sair', message: 'Ocorreu um erro ao encerrar a sessão' },
    'register-failed': { title: 'Erro no cadastro', message: 'Ocorreu um erro durante o cadastro' },
    'forgot-password-failed': { title: 'Erro ao redefinir', message: 'Ocorreu um erro ao redefinir a senha' },
    'update-password-failed': { title: 'Erro ao alterar a senha', message: 'Ocorreu um erro ao alterar a senha' },
    'not-signed-in': { title: 'Erro de autenticação', message: 'Você não está conectado' },
    unknown: { title: 'Erro', message: 'Algo deu errado' },
    'permissions-failed': { title: 'Erro de permissões', message: 'Não foi possível carregar as permissões' },
    'identity-failed': { title: 'Erro de identidade', message: 'Não foi possível carregar os dados do usuário' },
    'verify-two-factor-failed': { title: 'Erro de verificação', message: 'Não foi possível verificar o código' },
    'send-two-factor-code-failed': { title: 'Erro de envio', message: 'Não foi possível enviar o código' },
    'send-login-code-failed': { title: 'Erro de envio', message: 'Não foi possível enviar o código de acesso' },
    'login-with-code-failed': { title: 'Erro de login', message: 'O código de acesso é inválido' },
    'send-magic-link-failed': { title: 'Erro de envio', message: 'Não foi possível enviar o link de acesso' },
    'send-verification-email-failed': { title: 'Erro de envio', message: 'Não foi possível enviar o e-mail de verificação' },
    'verify-email-failed': { title: 'Erro de verificação', message: 'Não foi possível verificar o endereço de e-mail' },
    'login-with-passkey-failed': { title: 'Erro de chave de acesso', message: 'Não foi possível entrar com a chave de acesso' },
    timeout: { title: 'Tempo esgotado', message: 'O servidor demorou demais para responder. Tente novamente.' },
    unsupported: { title: 'Indisponível', message: 'Este recurso não está disponível com o serviço de login atual.' },
    'no-store': { title: 'Erro de configuração', message: 'O login ainda não foi configurado nesta página.' },
    offline: { title: 'Você está off-line', message: 'Verifique sua conexão com a internet e tente novamente.' },
    network: { title: 'Problema de conexão', message: 'Não foi possível acessar o servidor. Verifique sua conexão e tente novamente.' },
    'server-error': { title: 'Erro no servidor', message: 'O servidor encontrou um problema. Tente novamente mais tarde.' },
    'rate-limited': {
      title: 'Muitas tentativas',
      message: 'Muitas tentativas. Aguarde um momento e tente novamente.',
      messageWithDelay: 'Muitas tentativas. Tente novamente em {seconds}.',
    },
    'invalid-credentials': { title: 'Não foi possível entrar', message: 'O e-mail ou a senha estão incorretos.' },
    'user-exists': { title: 'Não foi possível concluir o cadastro', message: 'Já existe uma conta com este e-mail. Entre ou use outro endereço.' },
    'weak-password': { title: 'Senha fraca', message: 'Esta senha é fácil demais de adivinhar. Escolha outra.' },
    'password-too-short': { title: 'Senha curta demais', message: 'Esta senha é curta demais: use pelo menos {min} caracteres.' },
    'password-too-long': { title: 'Senha longa demais', message: 'Esta senha é longa demais: use no máximo {max} caracteres.' },
    'password-required': { title: 'Senha ausente', message: 'Digite uma senha.' },
    'invalid-email': { title: 'E-mail inválido', message: 'Digite um endereço de e-mail válido.' },
    'invalid-input': { title: 'Dados inválidos', message: 'Alguns campos estão faltando ou são inválidos.' },
    'invalid-token': { title: 'Link inválido', message: 'Este link de redefinição de senha é inválido ou expirou. Peça um novo.' },
    'invalid-code': { title: 'Código inválido', message: 'Este código está incorreto ou expirou. Confira-o ou peça um novo.' },
    'email-not-verified': { title: 'E-mail não confirmado', message: 'Confirme seu e-mail primeiro: siga o link da mensagem que enviamos para você.' },
    'session-expired': { title: 'Sessão expirada', message: 'Sua sessão expirou. Entre novamente.' },
    'untrusted-origin': { title: 'Solicitação recusada', message: 'O servidor recusou uma solicitação desta página (a origem dela não é confiável).' },
    'invalid-backup-code': { title: 'Código de backup inválido', message: 'Este código de backup está errado ou já foi usado.' },
    'code-expired': { title: 'Código expirado', message: 'Este código expirou. Peça um novo.' },
    'too-many-attempts': { title: 'Muitas tentativas', message: 'Muitos códigos errados. Peça um novo código ou entre novamente.' },
    'account-locked': { title: 'Conta bloqueada', message: 'Esta conta está bloqueada. Tente novamente mais tarde ou fale com o suporte.' },
    'two-factor-expired': { title: 'Login expirado', message: 'A segunda etapa demorou demais. Entre novamente.' },
    'method-unavailable': { title: 'Método indisponível', message: 'Este método de verificação não está disponível para esta conta.' },
    'link-expired': { title: 'Link expirado', message: 'Este link expirou ou já foi usado. Peça um novo.' },
    'passkey-cancelled': { title: 'Chave de acesso cancelada', message: 'O pedido de chave de acesso foi cancelado.' },
    'passkey-unavailable': { title: 'Chaves de acesso indisponíveis', message: 'Não é possível usar chaves de acesso neste navegador ou neste endereço.' },
    'passkey-failed': { title: 'Erro de chave de acesso', message: 'Não foi possível usar a chave de acesso. Tente novamente.' },
    'access-denied': { title: 'Login cancelado', message: 'O login foi cancelado ou recusado no provedor de identidade.' },
    'invalid-state': { title: 'Link de login inválido', message: 'Este link de login é inválido, já foi usado ou foi iniciado em outra aba. Entre novamente.' },
    'sign-in-failed': { title: 'Falha no login', message: 'Não foi possível concluir o login. Tente novamente.' },
  },

  loginTitle: 'Entre na sua conta',
  emailLabel: 'E-mail',
  usernameLabel: 'Nome de usuário',
  passwordLabel: 'Senha',
  rememberMe: 'Lembrar de mim',
  forgotPasswordLink: 'Esqueceu a senha?',
  loginSubmit: 'Entrar',
  providerSubmit: 'Entrar com {provider}',
  providersLabel: 'Outras formas de entrar',
  dividerText: 'ou',
  noAccountPrompt: 'Não tem uma conta?',
  registerLink: 'Cadastre-se',

  registerTitle: 'Criar uma conta',
  confirmPasswordLabel: 'Confirmar senha',
  registerSubmit: 'Cadastrar',
  haveAccountPrompt: 'Já tem uma conta?',
  loginLink: 'Entrar',
  passwordMismatch: 'As senhas não coincidem.',

  forgotTitle: 'Esqueceu a senha?',
  forgotDescription: 'Digite seu e-mail e enviaremos um link para você redefinir sua senha.',
  forgotSubmit: 'Enviar link',
  forgotSent: 'Se houver uma conta com esse endereço, um link para redefinir a senha está a caminho. Confira sua caixa de entrada.',
  backToLogin: 'Voltar para o login',
  sendAgain: 'Enviar novamente',

  updateTitle: 'Defina uma nova senha',
  newPasswordLabel: 'Nova senha',
  updateSubmit: 'Alterar senha',
  updateSuccess: 'Sua senha foi alterada.',
  invalidLinkTitle: 'Este link é inválido ou está incompleto',
  invalidLinkMessage: 'Abra novamente o link do seu e-mail ou peça um novo.',
  requestNewLink: 'Pedir um novo link',

  showPassword: 'Mostrar senha',
  hidePassword: 'Ocultar senha',
  required: 'Preencha este campo.',
  invalidEmail: 'Digite um endereço de e-mail válido.',
  tooShort: 'Use pelo menos {min} caracteres.',
  busy: 'Aguarde…',

  logout: 'Sair',
  notificationsLabel: 'Notificações',
  dismiss: 'Fechar',
  checking: 'Verificando sua sessão…',
  denied: 'Você não tem acesso a esta página.',

  callbackWorking: 'Entrando…',
  callbackErrorTitle: 'Não foi possível concluir o login',

  // <auth-two-factor>
  twoFactorTitle: 'Verificação em duas etapas',
  twoFactorTotpDescription: 'Digite o código de {length} dígitos do seu aplicativo autenticador.',
  twoFactorOtpDescription: 'Digite o código de {length} dígitos que enviamos para o seu e-mail.',
  twoFactorBackupDescription: 'Digite um dos códigos de backup que você guardou. Cada código funciona só uma vez.',
  twoFactorCodeLabel: 'Código de verificação',
  twoFactorBackupCodeLabel: 'Código de backup',
  twoFactorSubmit: 'Verificar',
  twoFactorTrustDevice: 'Confiar neste dispositivo (pular esta etapa na próxima vez)',
  twoFactorUseTotp: 'Usar o aplicativo autenticador',
  twoFactorUseOtp: 'Enviar um código por e-mail',
  twoFactorUseBackupCode: 'Usar um código de backup',
  twoFactorMethodsLabel: 'Outras formas de verificar',
  twoFactorResend: 'Reenviar o código',
  twoFactorResendIn: 'Reenviar em {seconds} s',
  twoFactorCodeSent: 'O código está a caminho. Confira sua caixa de entrada.',
  twoFactorCodeIncomplete: 'Digite o código completo de {length} dígitos.',
  twoFactorBackupCodeInvalid: 'Digite um código de backup completo: apenas letras, dígitos e hifens.',

  // <auth-login> beyond passwords
  loginCodeButton: 'Enviar um código de acesso por e-mail',
  magicLinkButton: 'Enviar um link de acesso por e-mail',
  loginCodeTitle: 'Digite seu código de acesso',
  loginCodeSent: 'Se houver uma conta para {email}, um código de acesso está a caminho. Confira sua caixa de entrada.',
  loginCodeLabel: 'Código de acesso',
  loginCodeIncomplete: 'Digite os {length} dígitos do código.',
  magicLinkTitle: 'Confira sua caixa de entrada',
  magicLinkSent: 'Se houver uma conta para {email}, um link de acesso está a caminho. Abra-o para entrar.',
  loginResendIn: 'Enviar novamente em {seconds} s',

  /* <auth-verify-email> */
  verifyingTitle: 'Confirmando seu endereço de e-mail…',
  verifiedTitle: 'Endereço de e-mail confirmado',
  verifiedMessage: 'Obrigado: seu endereço de e-mail está confirmado.',
  verifyContinue: 'Continuar',
  verifyExpiredTitle: 'Este link expirou',
  verifyRequestTitle: 'Confirme seu endereço de e-mail',
  verifyRequestDescription: 'Informe seu endereço de e-mail e enviaremos um novo link de confirmação.',
  verifySendSubmit: 'Enviar um novo link',
  verifyInboxTitle: 'Verifique sua caixa de entrada',
  verifyInboxMessage: 'Enviamos um link para {email}. Abra-o para confirmar seu endereço.',
  verifyInboxMessageNoEmail: 'Enviamos um link para você. Abra-o para confirmar seu endereço.',
  verifyResent: 'Se este endereço estiver aguardando confirmação, um novo link está a caminho. Verifique sua caixa de entrada.',
  verifyResendIn: 'Reenviar em {seconds} s',
  verifyBack: 'Voltar',
  verifyRetry: 'Tentar novamente',
  account: {
    errors: {
      'passkey-exists': { title: 'Chave de acesso já existe', message: 'Este dispositivo já tem uma chave de acesso para sua conta.' },
      'invalid-password': { title: 'Senha incorreta', message: 'Esta senha não está correta.' },
      'no-password': { title: 'Sem senha', message: 'Esta conta não tem senha: ela entra de outra forma.' },
      'session-not-fresh': { title: 'Entre novamente', message: 'Para sua segurança, entre novamente e tente outra vez.' },
      'list-passkeys-failed': { title: 'Erro de chaves de acesso', message: 'Não foi possível carregar suas chaves de acesso.' },
      'add-passkey-failed': { title: 'Erro de chave de acesso', message: 'Não foi possível adicionar a chave de acesso.' },
      'rename-passkey-failed': { title: 'Erro de chave de acesso', message: 'Não foi possível renomear a chave de acesso.' },
      'delete-passkey-failed': { title: 'Erro de chave de acesso', message: 'Não foi possível excluir a chave de acesso.' },
      'change-password-failed': { title: 'Erro de senha', message: 'Não foi possível alterar a senha.' },
      'change-email-failed': { title: 'Erro de e-mail', message: 'Não foi possível alterar o endereço de e-mail.' },
      'list-sessions-failed': { title: 'Erro de sessões', message: 'Não foi possível carregar suas sessões.' },
      'revoke-session-failed': { title: 'Erro de sessões', message: 'Não foi possível encerrar essa sessão.' },
      'revoke-other-sessions-failed': { title: 'Erro de sessões', message: 'Não foi possível encerrar as outras sessões.' },
      'enable-two-factor-failed': { title: 'Erro de verificação em duas etapas', message: 'Não foi possível ativar a verificação em duas etapas.' },
      'confirm-two-factor-failed': { title: 'Erro de verificação', message: 'Não foi possível verificar o código.' },
      'disable-two-factor-failed': { title: 'Erro de verificação em duas etapas', message: 'Não foi possível desativar a verificação em duas etapas.' },
      'generate-backup-codes-failed': { title: 'Erro de códigos de backup', message: 'Não foi possível criar códigos de backup.' },
      'delete-account-failed': { title: 'Erro de conta', message: 'Não foi possível excluir a conta.' },
    },
    // <changePassword>
    changePassword: {
      title: 'Alterar senha',
    },
    // </changePassword>
    // <changeEmail>
    changeEmail: {
      title: 'Alterar e-mail',
    },
    // </changeEmail>
    // <deleteAccount>
    deleteAccount: {
      title: 'Excluir conta',
    },
    // </deleteAccount>
    // <sessions>
    sessions: {
      title: 'Sessões',
    },
    // </sessions>
    // <passkeys>
    passkeys: {
      title: 'Chaves de acesso',
    },
    // </passkeys>
    // <twoFactorSetup>
    twoFactorSetup: {
      title: 'Verificação em duas etapas',
    },
    // </twoFactorSetup>
    // <page>
    page: {
      title: 'Segurança da conta',
      description: 'Gerencie como você entra e onde sua sessão está aberta.',
      empty: 'Não há nada para gerenciar nesta conta.',
    },
    // </page>
  },
};
