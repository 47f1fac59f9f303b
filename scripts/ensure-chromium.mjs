#!/usr/bin/env node
// Makes sure the browser tests have a Chromium before anything else runs (`pnpm test`, `pnpm
// test:e2e`): finds one, or installs Debian's when running as root with apt, or stops with one line
// saying what to do. Playwright never downloads its own browser here; playwright.config.ts uses
// findChromium() below, so the tests drive the binary this script checked.
import { spawnSync } from "node:child_process";
import { accessSync, constants, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Debian's chromium-headless-shell first: the same Chromium built for headless use only (no GPU
 * process, no browser UI), which ran the browser tests about a sixth faster on the 2-core machine
 * than the full browser in its headless mode. The full browsers after it.
 */
const HEADLESS_SHELL = "chromium-headless-shell";
const BROWSERS = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];
const MAC_APPS = [
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** @param {string} name @param {Record<string, string | undefined>} env */
function onPath(name, env) {
  for (const dir of (env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    const file = path.join(dir, name);
    if (isExecutable(file)) return file;
  }
  return undefined;
}

/**
 * The browser Playwright drives: CHROMIUM_PATH when set (and nothing else then), otherwise the first
 * of chromium-headless-shell, chromium, chromium-browser, google-chrome(-stable) on PATH, otherwise a
 * macOS app. `{ headlessShell: false }` skips the headless shell (Lighthouse measures a full browser).
 *
 * @param {Record<string, string | undefined>} env
 * @param {{ headlessShell?: boolean }} [options]
 * @returns {string | undefined}
 */
export function findChromium(env = process.env, { headlessShell = true } = {}) {
  if (env.CHROMIUM_PATH) return isExecutable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  for (const name of headlessShell ? [HEADLESS_SHELL, ...BROWSERS] : BROWSERS) {
    const file = onPath(name, env);
    if (file) return file;
  }
  return MAC_APPS.find(isExecutable);
}

const INSTALL_HINT =
  "install it (Debian, as root: apt-get install -y chromium-headless-shell) or set CHROMIUM_PATH to a Chromium or Chrome binary";

/** Runs apt-get quietly; returns the last line of its complaint when it fails. */
function aptGet(args, env) {
  const result = spawnSync(onPath("apt-get", env) ?? "apt-get", ["-qq", "-o", "DPkg::Lock::Timeout=300", ...args], {
    env: { ...env, DEBIAN_FRONTEND: "noninteractive" },
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
  });
  if (result.status === 0) return undefined;
  return (result.stderr ?? "").trim().split("\n").at(-1) || `exit ${result.status ?? result.signal}`;
}

function main(env) {
  const fail = (message) => {
    console.error(`✗ ${message}`);
    process.exit(1);
  };
  let found = findChromium(env);
  if (!found && env.CHROMIUM_PATH)
    fail(
      `CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file: point it at a Chromium or Chrome binary, or unset it.`,
    );
  if (!found) {
    if (process.getuid?.() !== 0 || !onPath("apt-get", env))
      fail(`No Chromium for the browser tests: ${INSTALL_HINT}.`);
    console.log(`› No Chromium for the browser tests: installing Debian's (apt-get install -y ${HEADLESS_SHELL})…`);
    // Where the package list has no headless shell (Ubuntu, older Debian), the full browser.
    const problem =
      aptGet(["update"], env) ??
      (aptGet(["install", "-y", HEADLESS_SHELL], env) && aptGet(["install", "-y", "chromium"], env));
    found = findChromium(env);
    if (!found) fail(`Installing Chromium failed (${problem ?? "no chromium binary afterwards"}): ${INSTALL_HINT}.`);
  }
  console.log(`✓ Chromium for the browser tests: ${found}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.env);
