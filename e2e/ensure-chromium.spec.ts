// The browser tests' own set-up: scripts/ensure-chromium.mjs on made-up PATHs (no browser involved).
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

const script = path.resolve("scripts/ensure-chromium.mjs");

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "soporte-chromium-"));
  for (const [name, body] of Object.entries(files)) {
    writeFileSync(path.join(dir, name), `#!/bin/sh\n${body}\n`);
    chmodSync(path.join(dir, name), 0o755);
  }
  return dir;
}

function ensure(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [script], { env: { HOME: tmpdir(), ...env }, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

test("finds a Chromium on PATH, or the one CHROMIUM_PATH names", () => {
  const bin = folderWith({ "google-chrome": "" });
  expect(ensure({ PATH: bin })).toEqual({
    code: 0,
    stdout: `✓ Chromium for the browser tests: ${bin}/google-chrome`,
    stderr: "",
  });
  // Debian's headless shell (lighter for headless tests) before the full browser.
  const both = folderWith({ chromium: "", "chromium-headless-shell": "" });
  expect(ensure({ PATH: both }).stdout).toBe(`✓ Chromium for the browser tests: ${both}/chromium-headless-shell`);
  const chosen = path.join(folderWith({ "my-chrome": "" }), "my-chrome");
  expect(ensure({ PATH: bin, CHROMIUM_PATH: chosen }).stdout).toBe(`✓ Chromium for the browser tests: ${chosen}`);
});

test("stops with one line when there is none and it cannot install one", () => {
  const wrong = ensure({ PATH: folderWith({ chromium: "" }), CHROMIUM_PATH: "/nowhere/chromium" });
  expect(wrong).toMatchObject({ code: 1, stdout: "" });
  expect(wrong.stderr).toBe(
    "✗ CHROMIUM_PATH=/nowhere/chromium is not an executable file: point it at a Chromium or Chrome binary, or unset it.",
  );

  const none = ensure({ PATH: folderWith({}) });
  expect(none).toMatchObject({ code: 1, stdout: "" });
  expect(none.stderr.split("\n")).toEqual([
    expect.stringMatching(
      /^✗ No Chromium for the browser tests: install it .*apt-get install -y chromium-headless-shell.* or set CHROMIUM_PATH/,
    ),
  ]);
});

/** A stand-in apt-get: records its calls; "installs" the packages in `available` by creating bin/<name>. */
function fakeApt(bin: string, available: string[]) {
  const cases = available
    .map((name) => `*"install -y ${name}") printf '#!/bin/sh\\n' > ${bin}/${name}; /bin/chmod +x ${bin}/${name};;`)
    .join("\n");
  writeFileSync(
    path.join(bin, "apt-get"),
    `#!/bin/sh\necho "$*" >> ${bin}/calls\ncase "$*" in\n${cases}\n*install*) exit 100;;\nesac\n`,
  );
  chmodSync(path.join(bin, "apt-get"), 0o755);
}

test("installs Debian's headless shell through apt-get when it runs as root, else the full browser", () => {
  test.skip(process.getuid?.() !== 0, "only root may install packages");
  const bin = folderWith({});
  fakeApt(bin, ["chromium-headless-shell", "chromium"]);
  const result = ensure({ PATH: bin });
  expect(result.code).toBe(0);
  expect(result.stdout.split("\n").at(-1)).toBe(`✓ Chromium for the browser tests: ${bin}/chromium-headless-shell`);
  expect(readFileSync(path.join(bin, "calls"), "utf8")).toMatch(/update\n.*install -y chromium-headless-shell\n$/);

  // A package list without the headless shell (Ubuntu, older Debian): the full browser.
  const older = folderWith({});
  fakeApt(older, ["chromium"]);
  const fallback = ensure({ PATH: older });
  expect(fallback.code).toBe(0);
  expect(fallback.stdout.split("\n").at(-1)).toBe(`✓ Chromium for the browser tests: ${older}/chromium`);
  expect(readFileSync(path.join(older, "calls"), "utf8")).toMatch(
    /update\n.*install -y chromium-headless-shell\n.*install -y chromium\n$/,
  );
});
