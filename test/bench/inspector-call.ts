import { randomBytes } from "node:crypto";
import { request } from "node:http";
import type { Socket } from "node:net";

/**
 * Calls one method of the V8 inspector that workerd serves for `worker` (with
 * `--inspector-addr`), and returns its result. Node 20 has no WebSocket client
 * without a flag, and the project does not depend on one, so this speaks the few
 * frames of RFC 6455 it needs: one masked text frame out, text frames back.
 */
export async function inspectorCall(port: number, worker: string, method: string): Promise<unknown> {
  const socket = await upgrade(port, `/${worker}`);
  try {
    socket.write(frame(JSON.stringify({ id: 1, method })));
    for await (const message of textMessages(socket)) {
      const reply = JSON.parse(message) as { id?: number; result?: unknown; error?: { message: string } };
      if (reply.id !== 1) continue;
      if (reply.error) throw new Error(`inspector ${method}: ${reply.error.message}`);
      return reply.result;
    }
    throw new Error(`inspector closed before answering ${method}`);
  } finally {
    socket.destroy();
  }
}

function upgrade(port: number, path: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: "127.0.0.1",
      port,
      path,
      headers: { Connection: "Upgrade", Upgrade: "websocket", "Sec-WebSocket-Version": "13", "Sec-WebSocket-Key": randomBytes(16).toString("base64") },
    });
    req.on("upgrade", (_res, socket: Socket, head: Buffer) => {
      if (head.length > 0) socket.unshift(head);
      resolve(socket);
    });
    req.on("response", (res) => reject(new Error(`inspector at ${port}${path} answered ${res.statusCode}, not an upgrade`)));
    req.on("error", reject);
    req.end();
  });
}

/** A client frame: FIN + text, masked as RFC 6455 §5.3 requires of clients. */
function frame(text: string): Buffer {
  const payload = Buffer.from(text);
  const length = payload.length;
  if (length >= 65536) throw new Error("inspector call too long");
  const header =
    length < 126
      ? Buffer.from([0x81, 0x80 | length])
      : Buffer.concat([Buffer.from([0x81, 0x80 | 126]), Buffer.from([length >> 8, length & 0xff])]);
  const mask = randomBytes(4);
  return Buffer.concat([header, mask, payload.map((byte, i) => byte ^ mask[i % 4]!)]);
}

/** Text messages from the server (unmasked frames, fragments joined); ends at a close frame. */
async function* textMessages(socket: Socket): AsyncGenerator<string> {
  let buffer = Buffer.alloc(0);
  let fragments: Buffer[] = [];
  for await (const chunk of socket) {
    buffer = Buffer.concat([buffer, chunk as Buffer]);
    for (;;) {
      if (buffer.length < 2) break;
      const short = buffer[1]! & 0x7f;
      const offset = short === 126 ? 4 : short === 127 ? 10 : 2;
      if (buffer.length < offset) break;
      const length = short === 126 ? buffer.readUInt16BE(2) : short === 127 ? Number(buffer.readBigUInt64BE(2)) : short;
      if (buffer.length < offset + length) break;
      const fin = (buffer[0]! & 0x80) !== 0;
      const opcode = buffer[0]! & 0x0f;
      const payload = buffer.subarray(offset, offset + length);
      buffer = buffer.subarray(offset + length);
      if (opcode === 0x8) return;
      // Text (1) and its continuations (0); pings and pongs carry nothing we need.
      if (opcode !== 0x1 && opcode !== 0x0) continue;
      fragments.push(payload);
      if (fin) {
        yield Buffer.concat(fragments).toString("utf8");
        fragments = [];
      }
    }
  }
}
