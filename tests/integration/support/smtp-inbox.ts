/**
 * A real SMTP server in the test process (smtp-server) that parses what it receives (mailparser),
 * so tests read delivered messages as a mail client would: text and HTML parts, headers, links.
 */
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type SmtpInbox = { port: number; url: string; messages: ParsedMail[]; close(): Promise<void> };

/** Listens on `port` (0: any free port). Accepts user "mailer", password "secret". */
export async function startSmtpInbox(port = 0): Promise<SmtpInbox> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"], // plain SMTP on loopback; nodemailer upgrades only when offered
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === "mailer" && auth.password === "secret") callback(null, { user: "mailer" });
      else callback(new Error("Invalid username or password"));
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const actual = (server.server.address() as AddressInfo).port;
  return {
    port: actual,
    url: `smtp://mailer:secret@127.0.0.1:${actual}`,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
