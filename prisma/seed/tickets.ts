import { must, type CriticalityName, type PriorityName, type StatusName, type Tx } from "./catalogs.ts";
import { FILLERS, REPLIES, TICKET_TEMPLATES, fill, type Replies, type TicketTemplate } from "./demo-text.ts";
import { DAY, HOUR, MINUTE, addMs, createRandom, uuidv7, type Random } from "./random.ts";
import {
  AGENT_EMAIL,
  AGENT_EMAILS,
  REQUESTER_EMAIL,
  REQUESTER_EMAILS,
  STAFF_EMAILS,
  loadPeople,
  type Lang,
  type Person,
} from "./users.ts";
import type { Prisma } from "./workspace.ts";

const TICKET_COUNT = 200;
const SPAN_DAYS = 60;
// Any fixed number: the same seed and `now` give the same tickets.
const RANDOM_SEED = 20_261_121;
// Guatemala (UTC−6), where most demo people work: tickets arrive in its office hours.
const UTC_OFFSET_HOURS = -6;
// Nothing happens in the last few minutes, so "now" in the app is always after the demo history.
const QUIET_MS = 5 * MINUTE;

type PriorityRef = { id: string; responseMinutes: number; resolutionMinutes: number };

type Refs = {
  statuses: Map<string, string>;
  priorities: Map<string, PriorityRef>;
  criticalities: Map<string, string>;
  problemTypes: Map<string, { id: string; categoryId: string | null }>;
  requesters: (readonly [Person, number])[];
  agents: (readonly [Person, number])[];
  staff: Person[];
};

export type TicketPlan = {
  ticket: Prisma.TicketCreateManyInput;
  comments: Prisma.CommentCreateManyInput[];
  /** The ticket's history, as the API would have written it. */
  audit: Prisma.AuditLogCreateManyInput[];
};

/** Creates the demo tickets, only into an empty Ticket table. Returns whether it created them. */
export async function seedTickets(tx: Tx, now: Date): Promise<boolean> {
  if ((await tx.ticket.count()) > 0) return false;
  const plans = planTickets(await loadRefs(tx), now);
  // createMany keeps the array order, so the numbers the sequence hands out grow with createdAt.
  await tx.ticket.createMany({ data: plans.map((plan) => plan.ticket) });
  await tx.comment.createMany({ data: plans.flatMap((plan) => plan.comments) });
  // In time order, so the audit log's ids grow with time as they do in use.
  const audit = plans
    .flatMap((plan) => plan.audit)
    .sort((a, b) => (a.createdAt as Date).getTime() - (b.createdAt as Date).getTime());
  await tx.auditLog.createMany({ data: audit });
  return true;
}

async function loadRefs(tx: Tx): Promise<Refs> {
  const [statuses, priorities, criticalities, problemTypes, people] = await Promise.all([
    tx.ticketStatus.findMany({ select: { id: true, name: true } }),
    tx.priority.findMany({ select: { id: true, name: true, responseMinutes: true, resolutionMinutes: true } }),
    tx.criticality.findMany({ select: { id: true, name: true } }),
    tx.problemType.findMany({ select: { id: true, name: true, categoryId: true } }),
    loadPeople(tx),
  ]);
  const person = (email: string) => must(people, email, "demo user");
  // The two demo accounts get a bigger share, so signing in as them shows a busy queue.
  const weight = (email: string, favourite: string, share: number) =>
    [person(email), email === favourite ? share : 1] as const;
  return {
    statuses: new Map(statuses.map((row) => [row.name, row.id])),
    priorities: new Map(priorities.map(({ name, ...row }) => [name, row])),
    criticalities: new Map(criticalities.map((row) => [row.name, row.id])),
    problemTypes: new Map(problemTypes.map(({ name, ...row }) => [name, row])),
    requesters: REQUESTER_EMAILS.map((email) => weight(email, REQUESTER_EMAIL, 4)),
    agents: AGENT_EMAILS.map((email) => weight(email, AGENT_EMAIL, 2)),
    staff: STAFF_EMAILS.map(person),
  };
}

export function planTickets(refs: Refs, now: Date): TicketPlan[] {
  const random = createRandom(RANDOM_SEED);
  return creationTimes(random, now).map((createdAt) => planTicket(random, refs, createdAt, now));
}

/**
 * TICKET_COUNT moments over the last SPAN_DAYS days, oldest first: mostly office hours on weekdays,
 * and more of them lately, so the open queue the demo shows is not just a handful of tickets.
 */
function creationTimes(random: Random, now: Date): Date[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const times: Date[] = [];
  while (times.length < TICKET_COUNT) {
    const day = today - Math.floor(random.next() ** 1.3 * SPAN_DAYS) * DAY;
    const weekday = new Date(day).getUTCDay();
    if ((weekday === 0 || weekday === 6) && !random.chance(0.2)) continue;
    const localHour = random.chance(0.9) ? random.int(8, 17) : random.int(0, 23);
    const at = day + (localHour - UTC_OFFSET_HOURS) * HOUR + random.int(0, 3599) * 1000;
    if (at < now.getTime() - QUIET_MS) times.push(new Date(at));
  }
  return times.sort((a, b) => a.getTime() - b.getTime());
}

type Weights<K extends string> = Partial<Record<K, number>>;

function pickWeighted<K extends string>(random: Random, weights: Weights<K>): K {
  // Object.entries forgets that the keys are K; they are, as `weights` only has keys of K.
  return random.weighted(Object.entries(weights) as [K, number][]);
}

const PRIORITY_WEIGHTS: Weights<PriorityName> = { Low: 25, Normal: 45, High: 22, Urgent: 8 };

const CRITICALITY_WEIGHTS: Record<PriorityName, Weights<CriticalityName>> = {
  Low: { Low: 70, Medium: 30 },
  Normal: { Low: 25, Medium: 55, High: 20 },
  High: { Medium: 35, High: 50, Critical: 15 },
  Urgent: { High: 40, Critical: 60 },
};

// By age: young tickets are mostly still open, old ones mostly resolved or closed.
const STATUS_WEIGHTS_BY_AGE: { under: number; weights: Weights<StatusName> }[] = [
  { under: 2 * HOUR, weights: { New: 70, Open: 20, "In progress": 10 } },
  { under: DAY, weights: { New: 40, Open: 25, "In progress": 20, "Waiting on requester": 10, Resolved: 5 } },
  {
    under: 5 * DAY,
    weights: {
      New: 10,
      Open: 15,
      "In progress": 25,
      "Waiting on requester": 15,
      "On hold": 5,
      Resolved: 25,
      Closed: 5,
    },
  },
  {
    under: 14 * DAY,
    weights: { New: 2, Open: 5, "In progress": 12, "Waiting on requester": 8, "On hold": 6, Resolved: 27, Closed: 40 },
  },
];
const OLD_TICKET_STATUS_WEIGHTS: Weights<StatusName> = {
  "In progress": 3,
  "Waiting on requester": 2,
  "On hold": 4,
  Resolved: 8,
  Closed: 83,
};

function pickStatus(random: Random, ageMs: number): StatusName {
  const band = STATUS_WEIGHTS_BY_AGE.find(({ under }) => ageMs < under);
  return pickWeighted(random, band?.weights ?? OLD_TICKET_STATUS_WEIGHTS);
}

const TEMPLATES_BY_LANG: Record<Lang, TicketTemplate[]> = {
  en: TICKET_TEMPLATES.filter((template) => template.lang === "en"),
  es: TICKET_TEMPLATES.filter((template) => template.lang === "es"),
};

function planTicket(random: Random, refs: Refs, createdAt: Date, now: Date): TicketPlan {
  const requester = random.weighted(refs.requesters);
  const template = random.pick(TEMPLATES_BY_LANG[requester.lang]);
  const priorityName = pickWeighted(random, PRIORITY_WEIGHTS);
  const priority = must(refs.priorities, priorityName, "priority");
  // Criticality is optional, and people leave it out on routine requests.
  const rated = priorityName === "High" || priorityName === "Urgent" || random.chance(0.9);
  const criticality = rated ? pickWeighted(random, CRITICALITY_WEIGHTS[priorityName]) : null;
  let status = pickStatus(random, now.getTime() - createdAt.getTime());
  const assigned = status === "New" ? random.chance(0.25) : status !== "Open" || random.chance(0.7);
  // An unassigned ticket can still have been answered, by whoever was triaging the queue.
  const worker = random.weighted(refs.agents);
  const vars = ticketVars(random, template, requester);

  const steps = conversation(random, status);
  const times = timeline(random, { createdAt, now, priority, status, steps });
  if (status === "Closed" && !times.closedAt) status = "Resolved";

  const ticketId = uuidv7(createdAt);
  const said = new Set<string>();
  const comments = steps.map((step, index) => {
    const at = times.steps[index] ?? createdAt;
    const author = step.by === "requester" ? requester : step.by === "worker" ? worker : random.pick(refs.staff);
    const body = fill(pickUnsaid(random, REPLIES[requester.lang][step.text], said), {
      ...vars,
      agent: author.firstName,
    });
    const comment = {
      id: uuidv7(at),
      ticketId,
      authorId: author.id,
      body,
      internal: step.internal,
      createdAt: at,
      updatedAt: at,
    };
    return comment satisfies Prisma.CommentCreateManyInput;
  });
  const firstResponse = comments.find((comment, index) => !comment.internal && steps[index]?.by !== "requester");
  const lastEvent = Math.max(
    createdAt.getTime(),
    ...comments.map((comment) => comment.createdAt.getTime()),
    times.resolvedAt?.getTime() ?? 0,
    times.closedAt?.getTime() ?? 0,
  );

  const problemType = must(refs.problemTypes, template.problemType, "problem type");
  const named = (name: string, id: string) => ({ id, name });
  const entry = (
    at: Date,
    actorId: string,
    action: string,
    changes: object,
    extra: Partial<Prisma.AuditLogCreateManyInput> = {},
  ) =>
    ({
      actorId,
      action,
      entityType: "ticket",
      entityId: ticketId,
      ticketId,
      changes,
      createdAt: at,
      ...extra,
    }) satisfies Prisma.AuditLogCreateManyInput;
  const audit: Prisma.AuditLogCreateManyInput[] = [
    entry(createdAt, requester.id, "ticket.create", {
      title: { before: null, after: fill(template.title, vars) },
      status: { before: null, after: named("New", must(refs.statuses, "New", "status")) },
      priority: { before: null, after: named(priorityName, priority.id) },
      requester: { before: null, after: named(requester.fullName, requester.id) },
    }),
    ...comments.map((comment) =>
      entry(
        comment.createdAt,
        comment.authorId,
        "comment.create",
        { body: { before: null, after: comment.body } },
        { entityType: "comment", entityId: comment.id, internal: comment.internal },
      ),
    ),
  ];
  if (assigned) {
    const at = new Date(Math.min(createdAt.getTime() + 2 * MINUTE, firstResponse?.createdAt.getTime() ?? Infinity));
    audit.push(
      entry(at, worker.id, "ticket.assign", { assignee: { before: null, after: named(worker.fullName, worker.id) } }),
    );
  }
  for (const [name, at] of [
    ["Resolved", times.resolvedAt],
    ["Closed", status === "Closed" ? times.closedAt : null],
  ] as const) {
    if (at)
      audit.push(
        entry(at, worker.id, "ticket.status", {
          status: { before: null, after: named(name, must(refs.statuses, name, "status")) },
        }),
      );
  }
  return {
    audit,
    ticket: {
      id: ticketId,
      title: fill(template.title, vars),
      description: fill(template.description, vars),
      statusId: must(refs.statuses, status, "status"),
      priorityId: priority.id,
      criticalityId: criticality ? must(refs.criticalities, criticality, "criticality") : null,
      categoryId: problemType.categoryId,
      problemTypeId: problemType.id,
      locationId: requester.locationId,
      requesterId: requester.id,
      organizationId: requester.organizationId,
      assigneeId: assigned ? worker.id : null,
      tags: random.chance(0.1) ? [...template.tags, "recurring"] : template.tags,
      createdAt,
      updatedAt: new Date(lastEvent),
      firstResponseAt: firstResponse?.createdAt ?? null,
      resolvedAt: times.resolvedAt,
      closedAt: status === "Closed" ? times.closedAt : null,
      ...dueTimes(createdAt, priority),
    },
    comments,
  };
}

/** A reply not yet used on this ticket, so nobody repeats themselves word for word. */
function pickUnsaid(random: Random, replies: string[], said: Set<string>): string {
  const fresh = replies.filter((reply) => !said.has(reply));
  const reply = random.pick(fresh.length > 0 ? fresh : replies);
  said.add(reply);
  return reply;
}

/** One pick of each filler, so title, description and fix mention the same printer or app. */
function ticketVars(random: Random, template: TicketTemplate, requester: Person): Record<string, string> {
  const vars: Record<string, string> = {
    requester: requester.firstName,
    laptop: random.pick(FILLERS.laptop),
    printer: random.pick(FILLERS.printer),
    app: random.pick(FILLERS.app),
    floor: random.pick(FILLERS.floor),
  };
  return { ...vars, fix: fill(template.fix, vars) };
}

type Step = {
  by: "requester" | "worker" | "any-staff";
  text: keyof Replies;
  internal: boolean;
  /** first: the first response; final: the reply that moves the ticket to its status; after: once resolved. */
  phase: "first" | "middle" | "final" | "after";
};

const MAX_COMMENTS = 5;

/** Who says what on a ticket, in order, ending in a way that explains its status. */
function conversation(random: Random, status: StatusName): Step[] {
  if (status === "New") {
    return random.chance(0.3) ? [{ by: "requester", text: "requesterUpdate", internal: false, phase: "middle" }] : [];
  }
  const first: Step = { by: "worker", text: "firstResponse", internal: false, phase: "first" };
  const final = finalStep(status);
  const after: Step[] =
    status === "Closed" && random.chance(0.4)
      ? [{ by: "requester", text: "requesterThanks", internal: false, phase: "after" }]
      : [];
  const room = MAX_COMMENTS - 1 - (final ? 1 : 0) - after.length;
  const middle = Array.from({ length: Math.min(room, random.int(0, 3)) }, () => middleStep(random));
  return [first, ...middle, ...(final ? [final] : []), ...after];
}

function finalStep(status: StatusName): Step | undefined {
  const text: Partial<Record<StatusName, keyof Replies>> = {
    "Waiting on requester": "askInfo",
    "On hold": "onHold",
    Resolved: "resolution",
    Closed: "resolution",
  };
  const reply = text[status];
  return reply && { by: "worker", text: reply, internal: false, phase: "final" };
}

function middleStep(random: Random): Step {
  return random.weighted<Step>([
    [{ by: "requester", text: "requesterUpdate", internal: false, phase: "middle" }, 45],
    [{ by: "worker", text: "followUp", internal: false, phase: "middle" }, 30],
    [{ by: "worker", text: "internal", internal: true, phase: "middle" }, 15],
    [{ by: "any-staff", text: "internal", internal: true, phase: "middle" }, 10],
  ]);
}

type Timeline = { steps: Date[]; resolvedAt: Date | null; closedAt: Date | null };

/**
 * When each step happened. The first response lands somewhere around the priority's response SLA
 * and the resolution around its resolution SLA (sometimes late, as in real life); everything stays
 * in order and before `now`.
 */
function timeline(
  random: Random,
  input: { createdAt: Date; now: Date; priority: PriorityRef; status: StatusName; steps: Step[] },
): Timeline {
  const { createdAt, priority, status, steps } = input;
  const start = createdAt.getTime();
  const latest = input.now.getTime() - QUIET_MS;
  const between = (from: number, to: number) => from + random.next() * Math.max(0, to - from);

  const resolving = status === "Resolved" || status === "Closed";
  const finalAt = Math.min(
    latest,
    resolving
      ? start + priority.resolutionMinutes * MINUTE * (0.1 + random.next() * 1.15)
      : between(start + (latest - start) * 0.3, latest),
  );
  const firstAt = Math.min(
    start + priority.responseMinutes * MINUTE * (0.05 + random.next() * 1.2),
    start + (finalAt - start) * 0.5,
  );
  const closedAt = status === "Closed" ? finalAt + between(DAY, 3 * DAY) : undefined;
  const afterUntil = Math.min(closedAt ?? latest, latest);

  const middleCount = steps.filter((step) => step.phase === "middle").length;
  const middleFrom = steps.some((step) => step.phase === "first") ? firstAt : start;
  const middleTimes = Array.from({ length: middleCount }, () => between(middleFrom, finalAt)).sort((a, b) => a - b);
  const times = steps.map((step) => {
    switch (step.phase) {
      case "first":
        return firstAt;
      case "middle":
        return middleTimes.shift() ?? finalAt;
      case "final":
        return finalAt;
      case "after":
        return between(finalAt, afterUntil);
    }
  });
  return {
    steps: times.map((time) => new Date(Math.round(time))),
    resolvedAt: resolving ? new Date(Math.round(finalAt)) : null,
    // Closing happens days after resolving; one that would fall in the future has not happened yet.
    closedAt: closedAt !== undefined && closedAt <= latest ? new Date(Math.round(closedAt)) : null,
  };
}

/** The SLA due times and when each becomes due soon, as packages/api services/helpdesk/sla.ts sets them. */
function dueTimes(createdAt: Date, priority: { responseMinutes: number; resolutionMinutes: number }) {
  const responseMs = priority.responseMinutes * MINUTE;
  const resolutionMs = priority.resolutionMinutes * MINUTE;
  return {
    responseDueAt: addMs(createdAt, responseMs),
    resolutionDueAt: addMs(createdAt, resolutionMs),
    responseSoonAt: addMs(createdAt, 0.8 * responseMs),
    resolutionSoonAt: addMs(createdAt, 0.8 * resolutionMs),
  };
}
