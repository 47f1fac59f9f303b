/** Links from the dashboard to the ticket list showing exactly the tickets a number counts. */
const UNFINISHED = "state=unfinished";

export const ticketLinks = {
  status: (id: string) => `/tickets?status=${id}`,
  /** Open tickets (status open or pending) with this priority / criticality / category / location. */
  open: (param: "priority" | "criticality" | "category" | "location", id: string) =>
    `/tickets?${UNFINISHED}&${param}=${id}`,
  allOpen: () => `/tickets?${UNFINISHED}`,
  overdue: () => `/tickets?${UNFINISHED}&sla=breached`,
  dueSoon: () => `/tickets?${UNFINISHED}&sla=due_soon`,
  /** An agent's (or "unassigned") open tickets, or the overdue ones among them. */
  workload: (assignee: string, overdue = false) =>
    `/tickets?${UNFINISHED}&assignee=${assignee}${overdue ? "&sla=breached" : ""}`,
  createdOn: (day: string) => `/tickets?createdFrom=${day}&createdTo=${day}`,
};
