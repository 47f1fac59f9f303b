import type { ProblemTypeName } from "./catalogs.ts";
import type { Lang } from "./users.ts";

// The words of the demo tickets. Placeholders in braces are filled per ticket: {requester} and
// {agent} with first names, {laptop}, {printer}, {app} and {floor} with one pick each, so a
// ticket's title, description and resolution talk about the same machine.

export type TicketTemplate = {
  problemType: ProblemTypeName;
  lang: Lang;
  title: string;
  description: string;
  tags: string[];
  /** What the agent did, quoted in the resolving reply. */
  fix: string;
};

export const FILLERS = {
  laptop: ["Dell Latitude 5440", "Lenovo ThinkPad T14", "HP EliteBook 840", "MacBook Air M2"],
  printer: ["HP LaserJet M404", "Ricoh IM 3000", "Epson L6270", "Brother HL-L5200"],
  app: ["SAP Business One", "QuickBooks", "Microsoft Teams", "AutoCAD", "Power BI", "Zoom"],
  floor: ["2", "3", "4", "5", "6"],
} as const;

const template = (
  problemType: ProblemTypeName,
  lang: Lang,
  title: string,
  description: string,
  tags: string[],
  fix: string,
): TicketTemplate => ({ problemType, lang, title, description, tags, fix });

export const TICKET_TEMPLATES: TicketTemplate[] = [
  template(
    "Laptop won't boot",
    "en",
    "Laptop won't turn on after Windows update",
    "My {laptop} installed updates last night and this morning it won't boot. The power light comes on for a second and then nothing. I have a client presentation at 3 pm, so this is fairly urgent.",
    ["hardware", "laptop"],
    "The update left the firmware in a bad state; we rolled the BIOS back to the previous version and the laptop boots normally again.",
  ),
  template(
    "Laptop won't boot",
    "es",
    "La laptop no enciende",
    "Desde esta mañana mi {laptop} no enciende. Ya probé con otro cargador y el indicador de batería parpadea en naranja. Tengo archivos importantes en el escritorio que no están en OneDrive.",
    ["hardware", "laptop"],
    "La batería estaba dañada. La reemplazamos y verificamos que los archivos del escritorio estén intactos.",
  ),
  template(
    "Laptop won't boot",
    "es",
    "Pantalla negra al encender la computadora",
    "Al encender la computadora se escucha el ventilador pero la pantalla se queda en negro. Empezó después del corte de luz de ayer en el edificio.",
    ["hardware", "laptop"],
    "Uno de los módulos de memoria se había desacomodado. Lo reinstalamos y el diagnóstico completo pasó sin errores.",
  ),
  template(
    "Broken monitor or peripheral",
    "en",
    "External monitor keeps flickering",
    "The external monitor on my desk flickers and goes black every few minutes. I already tried a different cable with no luck.",
    ["hardware", "monitor"],
    "The docking station was faulty. We swapped it for a new one and the monitor has been stable all afternoon.",
  ),
  template(
    "Broken monitor or peripheral",
    "es",
    "El teclado inalámbrico no responde",
    "El teclado inalámbrico dejó de funcionar aunque le cambié las baterías. El mouse del mismo kit sí funciona.",
    ["hardware", "peripherals"],
    "Volvimos a emparejar el receptor USB con el teclado y ya responde bien.",
  ),
  template(
    "New equipment request",
    "en",
    "Laptop for new hire starting Monday",
    "We have a new analyst starting on Monday. Please prepare a {laptop} with the standard image, Office and the VPN client.",
    ["onboarding", "hardware"],
    "The laptop is imaged, enrolled and waiting at the front desk together with the welcome kit.",
  ),
  template(
    "New equipment request",
    "es",
    "Solicitud de monitor adicional",
    "Solicito un segundo monitor para mi puesto; trabajo con hojas de cálculo grandes y la pantalla de la laptop se queda corta. Mi jefe ya lo aprobó por correo.",
    ["hardware", "request"],
    "Instalamos un monitor de 24 pulgadas en tu escritorio y dejamos configurada la pantalla extendida.",
  ),
  template(
    "Application error",
    "en",
    "{app} crashes when exporting reports",
    "Every time I try to export the monthly report, {app} freezes and closes. It started this week; last month it worked fine.",
    ["software", "crash"],
    "A corrupted local cache was the culprit. We cleared it and updated {app} to the latest patch; exports work again.",
  ),
  template(
    "Application error",
    "es",
    "Error al iniciar sesión en {app}",
    'Cuando intento entrar a {app} aparece "Error 0x80070005: acceso denegado". Mis compañeros sí pueden entrar sin problema.',
    ["software", "login"],
    "Tu perfil de {app} quedó desincronizado después del cambio de contraseña. Lo regeneramos y ya puedes entrar.",
  ),
  template(
    "Application error",
    "es",
    "El sistema de facturación está muy lento",
    "Desde ayer el sistema de facturación tarda más de un minuto en abrir cada factura. Tenemos fila de clientes en caja.",
    ["software", "billing", "performance"],
    "El servidor de base de datos se quedó sin espacio para el registro de transacciones. Liberamos espacio y el sistema responde con normalidad.",
  ),
  template(
    "Software installation",
    "en",
    "Please install {app} on my computer",
    "I need {app} for a project that starts next week, and I don't have admin rights on my machine.",
    ["software", "install"],
    "{app} is installed and licensed on your computer; you'll find it in the Start menu.",
  ),
  template(
    "Software installation",
    "es",
    "Instalar {app} en mi equipo",
    "Necesito que me instalen {app} para el nuevo proyecto. No tengo permisos de administrador en la computadora.",
    ["software", "install"],
    "Ya quedó instalado {app} con tu licencia; lo encuentras en el menú Inicio.",
  ),
  template(
    "VPN not connecting",
    "en",
    "VPN disconnects every few minutes",
    "When I work from home the VPN drops every 5–10 minutes and I lose my session in the ERP. My home internet is fine otherwise.",
    ["vpn", "remote"],
    "Your VPN client was two versions behind and kept renegotiating the tunnel. We pushed the update and the connection has been stable since.",
  ),
  template(
    "VPN not connecting",
    "es",
    "La VPN no conecta desde casa",
    'Desde ayer la VPN se queda en "Conectando..." y luego da error de tiempo de espera. Necesito entrar a las carpetas del servidor para el cierre de mes.',
    ["vpn", "remote"],
    "Tu certificado de VPN había vencido. Emitimos uno nuevo e instalamos el perfil actualizado.",
  ),
  template(
    "No Wi-Fi connection",
    "en",
    "No Wi-Fi in the conference room on floor {floor}",
    "Nobody can connect to the corporate Wi-Fi in the large conference room on floor {floor}. We have a board meeting there tomorrow morning.",
    ["wifi", "network"],
    "The access point in that room had lost power after the renovation. It's back online and we tested coverage across the room.",
  ),
  template(
    "No Wi-Fi connection",
    "es",
    "Sin Wi-Fi en el piso {floor}",
    "En todo el piso {floor} el Wi-Fi aparece conectado pero sin internet. Por ahora estamos trabajando con cable en las salas.",
    ["wifi", "network"],
    "El punto de acceso del piso {floor} arrancó con una configuración vieja. Restauramos la configuración correcta y ya hay conexión.",
  ),
  template(
    "Slow network",
    "en",
    "Shared drive extremely slow today",
    "Opening files from the shared drive takes minutes today. Saving a 2 MB spreadsheet just took almost a minute.",
    ["network", "performance"],
    "A backup job was running during business hours and saturating the link. We moved it to the night window.",
  ),
  template(
    "Slow network",
    "es",
    "Internet muy lento en la sucursal",
    "Desde las 9 el internet en la sucursal está lentísimo. Las videollamadas se cortan y el sistema de caja tarda en responder.",
    ["network", "performance"],
    "El proveedor de internet tenía una falla en su nodo de la zona. Ya la corrigieron y medimos la velocidad contratada.",
  ),
  template(
    "Password reset",
    "en",
    "Locked out of my account",
    "I typed my password wrong too many times and now my account is locked. I can't sign in to email or Teams.",
    ["password", "account"],
    "Your account is unlocked and we sent you a temporary password by SMS; you'll be asked to change it when you sign in.",
  ),
  template(
    "Password reset",
    "es",
    "Restablecer contraseña de correo",
    "Olvidé mi contraseña después de las vacaciones y no puedo entrar al correo ni a la computadora. ¿Me la pueden restablecer?",
    ["password", "account"],
    "Restablecimos tu contraseña y te enviamos una temporal por SMS. Al entrar te pedirá cambiarla.",
  ),
  template(
    "Password reset",
    "es",
    "Contraseña vencida en el sistema de planillas",
    "El sistema de planillas dice que mi contraseña venció, pero el enlace para cambiarla nunca llega a mi correo.",
    ["password", "payroll"],
    "El correo de recuperación estaba mal escrito en tu perfil. Lo corregimos y restablecimos la contraseña.",
  ),
  template(
    "New user account",
    "en",
    "Accounts for new employee in Accounting",
    "Please create email, VPN and ERP accounts for our new hire who starts Monday in Accounting. Same access as the rest of the team.",
    ["onboarding", "account"],
    "All accounts are created with the Accounting profile and the credentials were sent to the hiring manager.",
  ),
  template(
    "New user account",
    "es",
    "Alta de usuario para nueva colaboradora",
    "El lunes ingresa una nueva asistente a Recursos Humanos. Necesita correo, acceso al sistema de planillas y a la carpeta compartida de RR. HH.",
    ["onboarding", "account"],
    "Creamos las cuentas y los accesos; las credenciales se entregaron a su jefa inmediata.",
  ),
  template(
    "Shared folder access",
    "en",
    "Need access to the Finance shared folder",
    "I moved to the Finance team this week and still can't open the Finance shared folder. My manager already approved it.",
    ["access", "permissions"],
    "You've been added to the Finance group. Sign out and back in for the change to take effect.",
  ),
  template(
    "Shared folder access",
    "es",
    "Permiso para la carpeta de Compras",
    "Necesito permiso de lectura y escritura en la carpeta compartida de Compras. Mi jefe ya envió la autorización.",
    ["access", "permissions"],
    "Te agregamos al grupo de Compras con lectura y escritura. Cierra sesión y vuelve a entrar para que se aplique.",
  ),
  template(
    "Mailbox full",
    "en",
    "Mailbox full, can't send email",
    "Outlook says my mailbox is full and I can't send anything. I have a lot of old attachments I need to keep.",
    ["email", "storage"],
    "We enabled the online archive and moved mail older than two years into it, so you have plenty of room now.",
  ),
  template(
    "Mailbox full",
    "es",
    "Buzón de correo lleno",
    "Me aparece un aviso de que el buzón está lleno y ya no puedo enviar correos. Necesito conservar los adjuntos de los expedientes.",
    ["email", "storage"],
    "Activamos el archivo en línea y movimos ahí los correos de más de dos años; ya tienes espacio disponible.",
  ),
  template(
    "Email not syncing",
    "en",
    "Email not syncing on my phone",
    "Since I changed my password my phone no longer gets new email, and the calendar is out of date too.",
    ["email", "mobile"],
    "The phone was still using your old password. We removed and re-added the account; mail and calendar are syncing again.",
  ),
  template(
    "Email not syncing",
    "es",
    "Outlook no sincroniza",
    'Outlook se queda en "Actualizando carpeta" y no me llegan correos nuevos desde la mañana. En la versión web sí los veo.',
    ["email", "outlook"],
    "Reparamos el perfil de Outlook y reconstruimos el archivo de datos local; ya sincroniza.",
  ),
  template(
    "Suspicious email",
    "en",
    "Suspicious email asking for my password",
    "I got an email that looks like it's from IT asking me to confirm my password through a link. I didn't click it. Forwarding it as an attachment.",
    ["security", "phishing"],
    "Confirmed phishing. We blocked the sender and the link's domain and removed the message from every mailbox. Thanks for reporting it!",
  ),
  template(
    "Suspicious email",
    "es",
    "Correo sospechoso a nombre del banco",
    "Me llegó un correo supuestamente del banco pidiendo actualizar datos. Un compañero sí hizo clic en el enlace.",
    ["security", "phishing"],
    "Era phishing. Bloqueamos el remitente, eliminamos el correo de todos los buzones y restablecimos la contraseña de tu compañero por precaución.",
  ),
  template(
    "Printer jam",
    "en",
    "Printer on floor {floor} keeps jamming",
    "The {printer} on floor {floor} jams on almost every job, especially double-sided ones. There's a line of people waiting to print.",
    ["printer", "hardware"],
    "A worn pickup roller was causing the jams. The technician replaced it and ran 200 test pages without a problem.",
  ),
  template(
    "Printer jam",
    "es",
    "Atasco de papel en la impresora de recepción",
    "La {printer} de recepción se atasca con cada hoja. Ya sacamos el papel atorado pero sigue marcando error.",
    ["printer", "hardware"],
    "Había un pedazo de papel atorado en el fusor y el rodillo estaba desgastado. Limpiamos el fusor y cambiamos el rodillo.",
  ),
  template(
    "Cannot print",
    "en",
    "Can't print to the {printer}",
    "My print jobs go to the queue and just sit there. Other people can print to the same printer.",
    ["printer"],
    "The print driver on your computer was corrupted. We reinstalled it and sent a test page.",
  ),
  template(
    "Cannot print",
    "es",
    "No puedo imprimir desde mi computadora",
    'Mando a imprimir y no sale nada; en la cola aparece "Error". Necesito imprimir unos contratos hoy.',
    ["printer"],
    "Reinstalamos el controlador de la {printer} y limpiamos la cola de impresión. Ya imprime.",
  ),
  template(
    "Desk phone not working",
    "en",
    "Desk phone has no dial tone",
    'My desk phone shows "Registering..." and has had no dial tone since this morning.',
    ["telephony"],
    "The phone lost its configuration after the switch maintenance. We re-provisioned it and it's registered again.",
  ),
  template(
    "Desk phone not working",
    "es",
    "Teléfono de escritorio sin línea",
    'El teléfono de mi escritorio no tiene tono y en la pantalla dice "Sin servicio". En esta extensión atendemos las llamadas de pacientes.',
    ["telephony"],
    "El puerto del switch estaba deshabilitado. Lo habilitamos y el teléfono ya tiene tono.",
  ),
  template(
    "General question",
    "en",
    "How do I set up an out-of-office reply?",
    "I'll be on vacation next week. How do I set up an automatic reply in Outlook and on my phone?",
    ["question", "email"],
    "I sent you a short step-by-step guide and we set up the reply together over a call.",
  ),
  template(
    "General question",
    "es",
    "¿Se respaldan los archivos del escritorio?",
    "¿Los archivos que guardo en el escritorio se respaldan automáticamente? Quiero asegurarme antes de que me cambien la computadora.",
    ["question", "backup"],
    "El escritorio y Documentos se respaldan en OneDrive; verificamos juntos que tus archivos estén sincronizados.",
  ),
];

/** What people say in the comments of a ticket, by who says it and when. */
export type Replies = {
  /** The agent's first public reply. */
  firstResponse: string[];
  /** Later public replies from the agent while working on it. */
  followUp: string[];
  /** The agent needs something from the requester (the ticket then waits on them). */
  askInfo: string[];
  /** The ticket waits on a third party. */
  onHold: string[];
  /** Wraps the template's fix in the resolving reply. */
  resolution: string[];
  requesterUpdate: string[];
  requesterThanks: string[];
  /** Staff-only notes. */
  internal: string[];
};

export const REPLIES: Record<Lang, Replies> = {
  en: {
    firstResponse: [
      "Hi {requester}, thanks for reaching out. I'm looking into this now and will update you shortly.",
      "Hi {requester}, I've picked up this ticket. Has anything changed on your side recently?",
      "Thanks {requester}. I can reproduce the problem on our side and I'm working on it.",
      "Hello {requester}, I'm on it. Are you available for a quick remote session this afternoon?",
    ],
    followUp: [
      "Quick update: I've escalated this to the infrastructure team and will follow up by end of day.",
      "Could you restart your computer and let me know whether it still happens?",
      "I've applied a change on our side. Can you check whether it works now?",
    ],
    askInfo: [
      "To move forward I need the exact error message. Could you send me a screenshot?",
      "Could you confirm the asset tag of the device? It's the sticker on the underside.",
      "When would be a good time for me to come by your desk?",
    ],
    onHold: [
      "We're waiting on a replacement part from the vendor. I'll update you as soon as it arrives.",
      "This needs a maintenance window with the provider, scheduled for this weekend. I'll keep you posted.",
    ],
    resolution: [
      "Hi {requester}. {fix} I'm marking this ticket as resolved; just reply here if it happens again.",
      "{fix} Let us know if you need anything else! — {agent}",
    ],
    requesterUpdate: [
      "It's still happening this morning.",
      "Thanks! Yes, I'm free after 2 pm.",
      "I restarted as you suggested, but no luck.",
      "Any update on this? It's blocking my work.",
    ],
    requesterThanks: ["Works perfectly now, thank you!", "Confirmed, all good. Thanks for the quick help."],
    internal: [
      "Checked the logs: same pattern as last month's incident. Keeping an eye on it.",
      "Escalated to the vendor; waiting for their case number.",
      "Department head is following this one, let's keep it moving.",
      "Possibly related to Tuesday's firewall change. Checking with networking.",
    ],
  },
  es: {
    firstResponse: [
      "Hola {requester}, gracias por reportarlo. Ya estoy revisando el caso y te aviso en cuanto tenga novedades.",
      "Hola {requester}, tomé tu ticket. ¿Notaste algún cambio reciente en el equipo o en el sistema?",
      "Gracias, {requester}. Ya pude reproducir el problema y estoy trabajando en la solución.",
      "Hola {requester}, ¿tienes unos minutos para una sesión remota esta tarde?",
    ],
    followUp: [
      "Actualización: lo escalé al equipo de infraestructura y te confirmo antes de terminar el día.",
      "¿Puedes reiniciar el equipo y confirmarme si sigue pasando?",
      "Apliqué un cambio de nuestro lado. ¿Puedes revisar si ya funciona?",
    ],
    askInfo: [
      "Para continuar necesito el mensaje de error exacto. ¿Me envías una captura de pantalla?",
      "¿Me confirmas el número de inventario del equipo? Es la etiqueta que está debajo.",
      "¿A qué hora te queda bien que pase por tu escritorio?",
    ],
    onHold: [
      "Estamos esperando un repuesto del proveedor. Te aviso en cuanto llegue.",
      "Esto requiere una ventana de mantenimiento con el proveedor, programada para el fin de semana. Te mantengo al tanto.",
    ],
    resolution: [
      "Hola {requester}. {fix} Doy el ticket por resuelto; si vuelve a pasar, responde aquí y lo reabrimos.",
      "{fix} Cualquier otra cosa, quedamos atentos. — {agent}",
    ],
    requesterUpdate: [
      "Sigue pasando esta mañana.",
      "¡Gracias! Sí, estoy disponible después de las 2.",
      "Ya reinicié como me dijiste, pero sigue igual.",
      "¿Alguna novedad? Esto me tiene detenido el trabajo.",
    ],
    requesterThanks: ["¡Ya funciona, muchas gracias!", "Confirmado, todo bien. Gracias por la ayuda."],
    internal: [
      "Revisé los registros: mismo patrón que el incidente del mes pasado. Le doy seguimiento.",
      "Escalado al proveedor; pendiente su número de caso.",
      "El jefe del área está pendiente de este caso, démosle prioridad.",
      "Posiblemente relacionado con el cambio en el firewall del martes. Lo reviso con redes.",
    ],
  },
};

/** Replaces each {name} with vars[name]; an unknown name is a bug in the texts above. */
export function fill(text: string, vars: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`Seed text uses unknown placeholder {${name}}: ${text}`);
    return value;
  });
}
