import "server-only";
import { createCaller, createInnerContext } from "@soporte/api";
import { cache } from "react";
import { db } from "./db";

/**
 * The public instance settings (`settings.get`), read through the API on the server so the sign-in
 * and registration pages render the right thing on the first paint, with no loading state.
 */
export const getPublicSettings = cache(() => createCaller(createInnerContext({ db: db() })).settings.get());
