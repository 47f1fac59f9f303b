import pino from "pino";

/** Structured JSON logs. Anything that could carry a credential is redacted by path. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info", // eslint-disable-line no-restricted-properties -- the logger must exist before env validation can report
  base: { service: "soporte" },
  redact: {
    paths: [
      "password",
      "*.password",
      "*.currentPassword",
      "*.newPassword",
      "*.refreshToken",
      "*.accessToken",
      "headers.authorization",
      "headers.cookie",
    ],
    censor: "[redacted]",
  },
});
