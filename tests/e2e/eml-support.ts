// Reading an .eml file the app made, as a mail program would in outline: the top
// headers, and each leaf part's headers and decoded body. (The MIME rules themselves
// are tested natively with a MIME crate, src/domain/email.rs; this checks the file the
// browser actually saved.)
import type { Download } from "@playwright/test";
import * as fs from "fs";

export type Part = { headers: Map<string, string>; body: Buffer };
export type Eml = { headers: Map<string, string>; parts: Part[]; text: string };

function headerBlock(block: string): Map<string, string> {
  const unfolded = block.replace(/\r\n[ \t]+/g, " ");
  return new Map(
    unfolded.split("\r\n").filter(Boolean).map((l) => {
      const at = l.indexOf(":");
      return [l.slice(0, at).toLowerCase(), l.slice(at + 1).trim()] as [string, string];
    }),
  );
}

function split(text: string): [Map<string, string>, string] {
  const at = text.indexOf("\r\n\r\n");
  return [headerBlock(text.slice(0, at)), text.slice(at + 4)];
}

function leaves(headers: Map<string, string>, body: string, out: Part[]) {
  const boundary = /boundary="([^"]+)"/.exec(headers.get("content-type") ?? "")?.[1];
  if (!boundary) {
    const decoded = headers.get("content-transfer-encoding") === "base64" ? Buffer.from(body.replace(/\s+/g, ""), "base64") : Buffer.from(body);
    out.push({ headers, body: decoded });
    return;
  }
  const sections = body.split(`--${boundary}`).slice(1);
  for (const section of sections) {
    if (section.startsWith("--")) break;
    const [h, b] = split(section.replace(/^\r\n/, ""));
    leaves(h, b, out);
  }
}

export function parseEml(text: string): Eml {
  const [headers, body] = split(text);
  const parts: Part[] = [];
  leaves(headers, body, parts);
  return { headers, parts, text };
}

/** The saved download, read and parsed. */
export async function readEml(download: Download): Promise<Eml> {
  const file = await download.path();
  return parseEml(fs.readFileSync(file!, "utf8"));
}

/** The part of this type (`text/plain`, `text/html`, `application/json`). */
export function part(eml: Eml, type: string): Part {
  const found = eml.parts.find((p) => (p.headers.get("content-type") ?? "").startsWith(type));
  if (!found) throw new Error(`no ${type} part in the email`);
  return found;
}
