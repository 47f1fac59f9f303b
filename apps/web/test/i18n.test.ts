import { FIELD_ERROR_REASONS, ISSUE_REASONS } from "@soporte/api/constants";
import { describe, expect, it } from "vitest";
import en from "../messages/en";
import es from "../messages/es";
import { fromAcceptLanguage, pickLocale } from "../src/i18n/locales";

type Tree = { [key: string]: string | Tree };

/** "a.b.c" → text, for every leaf of a catalogue. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const leaves = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") leaves.set(path, value);
    else for (const [leaf, text] of flatten(value, path)) leaves.set(leaf, text);
  }
  return leaves;
}

/** The ICU arguments a message uses: `{name}`, `{count, plural, …}` → name, count. */
function argumentsOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((match) => match[1]!))].sort();
}

describe("the translation catalogues", () => {
  const english = flatten(en as Tree);
  const spanish = flatten(es as Tree);

  it("have the same keys in English and Spanish", () => {
    expect(
      [...spanish.keys()].filter((key) => !english.has(key)),
      "only in Spanish",
    ).toEqual([]);
    expect(
      [...english.keys()].filter((key) => !spanish.has(key)),
      "only in English",
    ).toEqual([]);
  });

  it("word every reason the API gives for a field error", () => {
    const reasons = [...new Set([...FIELD_ERROR_REASONS, ...ISSUE_REASONS])];
    expect(reasons.filter((reason) => !english.has(`errors.fields.${reason}`))).toEqual([]);
  });

  it("use the same arguments in both languages, and no message is empty", () => {
    for (const [key, text] of english) {
      expect(text.trim(), key).not.toBe("");
      expect(spanish.get(key)?.trim(), key).not.toBe("");
      expect(argumentsOf(spanish.get(key) ?? ""), key).toEqual(argumentsOf(text));
    }
  });
});

describe("the language of a request", () => {
  it("is the profile's, else the cookie's, else the browser's best, else English", () => {
    expect(pickLocale({ profile: "es", cookie: "en", acceptLanguage: "en" })).toBe("es");
    expect(pickLocale({ profile: null, cookie: "es", acceptLanguage: "en" })).toBe("es");
    expect(pickLocale({ cookie: "fr", acceptLanguage: "fr-FR,es;q=0.8,en;q=0.5" })).toBe("es");
    expect(pickLocale({ acceptLanguage: "de-DE,fr;q=0.9" })).toBe("en");
    expect(pickLocale({})).toBe("en");
  });

  it("reads Accept-Language by quality, not by order, and ignores q=0", () => {
    expect(fromAcceptLanguage("en;q=0.4, es-MX;q=0.9")).toBe("es");
    expect(fromAcceptLanguage("es;q=0, en")).toBe("en");
    expect(fromAcceptLanguage("ES-es")).toBe("es");
    expect(fromAcceptLanguage("")).toBeNull();
  });
});
