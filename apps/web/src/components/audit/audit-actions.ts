import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { Messages } from "../../../messages/en";

type Log = Messages["audit"]["log"];
type Actions = Log["actions"];

/** The translations of `audit.log`, where the labels of entities, actions and fields are. */
export type AuditLogT = ReturnType<typeof useTranslations<"audit.log">>;

/** A kind of entity the audit log names (`audit.log.entities`). */
export type EntityType = keyof Log["entities"];

/** "actions.user.create": an action with a label of its own. */
type ActionKey = { [E in keyof Actions]: `actions.${E}.${Extract<keyof Actions[E], string>}` }[keyof Actions];

/** The verbs an action of any entity is labelled by ("{entity} created"). */
type Verb = Exclude<keyof Log["otherActions"], "other">;
const VERBS: readonly string[] = ["create", "update", "delete", "activate", "deactivate", "reorder"] satisfies Verb[];

/** The entity types, in the order the filter offers them. */
export const ENTITY_TYPES = [
  "ticket",
  "comment",
  "user",
  "session",
  "role",
  "organization",
  "location",
  "status",
  "priority",
  "criticality",
  "category",
  "problemType",
  "setting",
  "view",
] as const satisfies readonly EntityType[];

/** Whether `part` can name a message of the catalogue (not "constructor", "toString"…, which every object has). */
export function isMessageName(part: string): boolean {
  return /^\w+$/.test(part) && !(part in Object.prototype);
}

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

/** What an entity type is called ("Criticality level"); an unknown one as it is. */
export function entityLabelWith(t: AuditLogT, type: string): string {
  return isEntityType(type) ? t(`entities.${type}`) : type;
}

/**
 * "Category deactivated" for `category.deactivate`: the action's own label, else one made of the entity
 * and the verb (an unknown verb as it is written, "_" read as spaces).
 */
export function actionLabelWith(t: AuditLogT, action: string): string {
  const [entity = "", verb = "", ...rest] = action.split(".");
  if (isMessageName(entity) && isMessageName(verb) && rest.length === 0) {
    const key = `actions.${entity}.${verb}` as ActionKey;
    if (t.has(key)) return t(key);
  }
  const subject = entityLabelWith(t, entity);
  if (!verb) return subject;
  return VERBS.includes(verb)
    ? t(`otherActions.${verb as Verb}`, { entity: subject })
    : t("otherActions.other", { entity: subject, verb: verb.replaceAll("_", " ") });
}

/** The labels of actions and entity types in the page's language. */
export function useAuditLabels() {
  const t = useTranslations("audit.log");
  return useMemo(
    () => ({
      action: (action: string) => actionLabelWith(t, action),
      entity: (type: string) => entityLabelWith(t, type),
    }),
    [t],
  );
}

/** `actionLabel` in the page's language: `const actionLabel = useActionLabel(); actionLabel(entry.action)`. */
export function useActionLabel(): (action: string) => string {
  return useAuditLabels().action;
}
