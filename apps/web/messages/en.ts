// The English catalogue: one JSON file per area (namespace). docs/i18n.md.
import common from "./en/common.json";
import shell from "./en/shell.json";
import auth from "./en/auth.json";
import account from "./en/account.json";
import tickets from "./en/tickets.json";
import dashboard from "./en/dashboard.json";
import messages from "./en/messages.json";
import notifications from "./en/notifications.json";
import admin from "./en/admin.json";
import audit from "./en/audit.json";
import errors from "./en/errors.json";

const catalogue = { common, shell, auth, account, tickets, dashboard, messages, notifications, admin, audit, errors };
export type Messages = typeof catalogue;
export default catalogue;
