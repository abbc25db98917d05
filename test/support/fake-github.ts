import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/*
 * A fake GitHub REST API on 127.0.0.1 (port 0): the endpoints the codegen
 * workflow's `pr` step calls, holding pull requests and their labels as
 * GitHub does (one open pull request per head and base, labels created on
 * first use), and recording every call.
 */

export interface FakePull {
  number: number;
  state: "open" | "closed";
  title: string;
  body: string;
  head: string;
  base: string;
  labels: string[];
  comments: string[];
}

interface RecordedCall {
  method: string;
  path: string;
  body: unknown;
  authorization: string | undefined;
}

export interface FakeGitHub {
  url: string;
  pulls: FakePull[];
  calls: RecordedCall[];
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  let text = "";
  for await (const chunk of request) text += String(chunk);
  return text === "" ? undefined : JSON.parse(text);
}

export async function startFakeGitHub(options: {
  repository: string;
  token: string;
  defaultBranch?: string;
  pulls?: FakePull[];
}): Promise<FakeGitHub> {
  const pulls: FakePull[] = options.pulls ?? [];
  const calls: RecordedCall[] = [];
  const [owner] = options.repository.split("/");
  const prefix = `/repos/${options.repository}`;

  const view = (pull: FakePull) => ({
    number: pull.number,
    state: pull.state,
    title: pull.title,
    body: pull.body,
    head: { ref: pull.head, label: `${owner}:${pull.head}` },
    base: { ref: pull.base },
    labels: pull.labels.map((name) => ({ name })),
    html_url: `https://github.example/${options.repository}/pull/${pull.number}`,
  });

  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://fake");
    const body = await readBody(request);
    calls.push({
      method: request.method ?? "",
      path: `${url.pathname}${url.search}`,
      body,
      authorization: request.headers.authorization,
    });
    const send = (status: number, value?: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(value === undefined ? "" : JSON.stringify(value));
    };
    if (request.headers.authorization !== `Bearer ${options.token}`) return send(401, { message: "Bad credentials" });
    if (!url.pathname.startsWith(prefix)) return send(404, { message: "Not Found" });
    const route = `${request.method} ${url.pathname.slice(prefix.length)}`;
    const input = (body ?? {}) as Record<string, unknown>;
    let match: RegExpExecArray | null;
    const find = (number: string) => pulls.find((pull) => pull.number === Number(number));

    if (route === "GET ")
      return send(200, { full_name: options.repository, default_branch: options.defaultBranch ?? "main" });
    if (route === "GET /pulls") {
      const state = url.searchParams.get("state") ?? "open";
      const head = url.searchParams.get("head");
      return send(
        200,
        pulls
          .filter((pull) => state === "all" || pull.state === state)
          .filter((pull) => head === null || `${owner}:${pull.head}` === head)
          .map(view),
      );
    }
    if (route === "POST /pulls") {
      const { title, body: text, head, base } = input as Record<string, string>;
      if (!title || !head || !base) return send(422, { message: "Validation Failed" });
      if (pulls.some((pull) => pull.state === "open" && pull.head === head && pull.base === base))
        return send(422, { message: `A pull request already exists for ${owner}:${head}.` });
      const pull: FakePull = {
        number: pulls.length + 1,
        state: "open",
        title,
        body: text ?? "",
        head,
        base,
        labels: [],
        comments: [],
      };
      pulls.push(pull);
      return send(201, view(pull));
    }
    if ((match = /^PATCH \/pulls\/(\d+)$/.exec(route))) {
      const pull = find(match[1]!);
      if (pull === undefined) return send(404, { message: "Not Found" });
      if (typeof input.title === "string") pull.title = input.title;
      if (typeof input.body === "string") pull.body = input.body;
      if (input.state === "closed" || input.state === "open") pull.state = input.state;
      return send(200, view(pull));
    }
    if ((match = /^POST \/issues\/(\d+)\/labels$/.exec(route))) {
      const pull = find(match[1]!);
      if (pull === undefined) return send(404, { message: "Not Found" });
      for (const label of input.labels as string[]) if (!pull.labels.includes(label)) pull.labels.push(label);
      return send(
        200,
        pull.labels.map((name) => ({ name })),
      );
    }
    if ((match = /^DELETE \/issues\/(\d+)\/labels\/(.+)$/.exec(route))) {
      const pull = find(match[1]!);
      const label = decodeURIComponent(match[2]!);
      if (pull === undefined || !pull.labels.includes(label)) return send(404, { message: "Label does not exist" });
      pull.labels = pull.labels.filter((name) => name !== label);
      return send(
        200,
        pull.labels.map((name) => ({ name })),
      );
    }
    if ((match = /^POST \/issues\/(\d+)\/comments$/.exec(route))) {
      const pull = find(match[1]!);
      if (pull === undefined) return send(404, { message: "Not Found" });
      pull.comments.push(String(input.body));
      return send(201, { id: pull.comments.length });
    }
    return send(404, { message: `fake GitHub has no route ${route}` });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    pulls,
    calls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
