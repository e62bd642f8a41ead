import { describe, expect, it } from "vitest";
import type { rustlit } from "../proto";
import { formatSize, UploadClient, xsrfToken } from "./uploadClient";
import { accepts, instructions, rejection } from "../elements/media/fileUploads";

describe("upload client", () => {
  it("reads the XSRF token from the cookie the server set", () => {
    expect(xsrfToken("a=1; _streamlit_xsrf=2|ab|cd|17; b=2")).toBe("2|ab|cd|17");
    expect(xsrfToken("a=1")).toBeNull();
  });

  it("matches each URL response to its request and reports refusals", async () => {
    const sent: rustlit.IBackMsg[] = [];
    const client = new UploadClient((m) => (sent.push(m), true));
    const first = client.requestUrls(2);
    const second = client.requestUrls(1);
    const [a, b] = sent.map((m) => m.fileUrlsRequest!);
    expect([a.count, b.count]).toEqual([2, 1]);
    client.onResponse({ requestId: b.requestId, error: "too many" });
    client.onResponse({ requestId: a.requestId, fileUrls: [{ fileId: "x", uploadUrl: "u", deleteUrl: "d" }] });
    await expect(second).rejects.toThrow("too many");
    expect(await first).toEqual([{ fileId: "x", uploadUrl: "u", deleteUrl: "d" }]);
  });

  it("fails pending requests when the socket drops or is closed", async () => {
    const offline = new UploadClient(() => false);
    await expect(offline.requestUrls(1)).rejects.toThrow("Not connected");
    const client = new UploadClient(() => true);
    const pending = client.requestUrls(1);
    client.connectionLost();
    await expect(pending).rejects.toThrow("lost");
  });

  it("shows sizes as Streamlit does", () => {
    expect(formatSize(8)).toBe("8.0B");
    expect(formatSize(1536)).toBe("1.5KB");
    expect(formatSize(200 * 1024 * 1024)).toBe("200.0MB");
  });
});

describe("accepted files", () => {
  const file = (name: string, type = "") => ({ name, type });
  it("matches extensions, MIME types and wildcards", () => {
    expect(accepts([], file("x.exe"))).toBe(true);
    expect(accepts([".csv"], file("DATA.CSV"))).toBe(true);
    expect(accepts([".csv"], file("data.tsv"))).toBe(false);
    expect(accepts(["image/*"], file("a.png", "image/png"))).toBe(true);
    expect(accepts(["application/pdf"], file("a.pdf", "application/pdf"))).toBe(true);
    expect(accepts(["image/*"], file("a.pdf", "application/pdf"))).toBe(false);
  });

  it("says why a file is refused and what is allowed", () => {
    const mb = 1024 * 1024;
    expect(rejection([".csv"], mb, new File(["x"], "a.txt"))).toBe("txt files are not allowed.");
    expect(rejection([], mb, new File([new Uint8Array(mb + 1)], "a.bin"))).toBe("File must be 1MB or smaller.");
    expect(rejection([".csv"], mb, new File(["x"], "a.csv"))).toBeNull();
    expect(instructions([".csv", ".jpg", ".jpeg"], 200 * mb)).toBe("200MB per file • CSV, JPG, JPEG");
    expect(instructions([], 200 * mb)).toBe("200MB per file");
  });
});
