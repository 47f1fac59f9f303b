import { afterEach, describe, expect, it, vi } from "vitest";
import { apiEnv } from "../src/env";

afterEach(() => vi.unstubAllEnvs());

// Invalid configuration is never cached, so each case starts from the process's environment.
describe("rate-limit and client-address configuration", () => {
  it("refuses the old per-account hourly limit, naming its replacement", () => {
    vi.stubEnv("RATE_LIMIT_LOGIN_PER_ACCOUNT_HOUR", "100");
    expect(() => apiEnv()).toThrow(/RATE_LIMIT_LOGIN_PER_ACCOUNT_HOUR: renamed to RATE_LIMIT_LOGIN_PER_ACCOUNT_15MIN/);
  });

  it("refuses a negative hop count and a header name that is not one", () => {
    vi.stubEnv("TRUSTED_PROXY_HOPS", "-1");
    expect(() => apiEnv()).toThrow(/TRUSTED_PROXY_HOPS/);
    vi.unstubAllEnvs();
    vi.stubEnv("CLIENT_IP_HEADER", "x client ip");
    expect(() => apiEnv()).toThrow(/CLIENT_IP_HEADER: a header name/);
  });

  it("defaults to no trusted proxy and no client-address header", () => {
    expect(apiEnv()).toMatchObject({
      TRUSTED_PROXY_HOPS: 0,
      CLIENT_IP_HEADER: "",
      RATE_LIMIT_LOGIN_PER_ACCOUNT_15MIN: 25,
    });
  });
});
