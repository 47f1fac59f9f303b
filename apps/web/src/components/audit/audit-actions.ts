/** What each kind of entity is called in the audit log, by `entityType`. */
export const ENTITY_LABELS: Record<string, string> = {
  ticket: "Ticket",
  comment: "Comment",
  user: "User",
  session: "Session",
  role: "Role",
  organization: "Organization",
  location: "Location",
  status: "Status",
  priority: "Priority",
  criticality: "Criticality level",
  category: "Category",
  problemType: "Problem type",
  setting: "Setting",
  view: "Saved view",
};

const ACTIONS: Record<string, string> = {
  "user.create": "Account created",
  "user.register": "Registered",
  "user.update": "Details changed",
  "user.update_profile": "Profile changed",
  "user.enable": "Enabled",
  "user.disable": "Disabled",
  "user.set_superuser": "Superuser changed",
  "user.set_roles": "Roles changed",
  "user.reset_password": "Password reset",
  "user.change_password": "Password changed",
  "user.anonymise": "Anonymised",
  "user.delete": "Deleted",
  "auth.sign_in": "Signed in",
  "auth.sign_in_failed": "Failed sign-in",
  "session.sign_out": "Signed out",
  "session.logout_all": "Signed out everywhere",
  "session.revoke": "Session ended",
  "session.revoke_others": "Other sessions signed out",
  "session.refresh_token_reused": "Session ended: refresh token reused",
  "settings.update": "Settings changed",
  "ticket.assign": "Ticket assigned",
  "ticket.status": "Ticket status changed",
  "ticket.bulk_update": "Ticket changed in bulk",
};

const VERBS: Record<string, string> = {
  create: "created",
  update: "changed",
  delete: "deleted",
  activate: "activated",
  deactivate: "deactivated",
  reorder: "reordered",
};

/** "Category deactivated" for `category.deactivate`: a known label, or one made of the entity and the verb. */
export function actionLabel(action: string): string {
  const known = ACTIONS[action];
  if (known) return known;
  const [entity = "", verb = ""] = action.split(".");
  const subject = ENTITY_LABELS[entity] ?? entity;
  return `${subject} ${VERBS[verb] ?? verb.replaceAll("_", " ")}`.trim();
}
