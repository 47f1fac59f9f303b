// The Spanish catalogue: one JSON file per area (namespace). docs/i18n.md.
import type { Messages } from "./en";
import common from "./es/common.json";
import shell from "./es/shell.json";
import auth from "./es/auth.json";
import account from "./es/account.json";
import tickets from "./es/tickets.json";
import dashboard from "./es/dashboard.json";
import messages from "./es/messages.json";
import notifications from "./es/notifications.json";
import admin from "./es/admin.json";
import audit from "./es/audit.json";
import errors from "./es/errors.json";

// `satisfies`: a key missing here fails the type check (the parity test also catches extra ones).
const catalogue = { common, shell, auth, account, tickets, dashboard, messages, notifications, admin, audit, errors } satisfies Messages;
export default catalogue;
