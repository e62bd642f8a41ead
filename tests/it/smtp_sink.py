"""An SMTP server for the emailed sign-in link tests (tests/it/email_signin.rs).

aiosmtpd on 127.0.0.1 that insists on STARTTLS (with the certificate the test
made) and on AUTH with the test's user and password. It prints one JSON line
per event on stdout: {"port": N} once ready, {"auth": user, "ok": bool} for
each login, {"to": [...], "from": ..., "subject": ..., "body": ..., "tls":
bool, "user": ...} for each mail, the body decoded from its transfer encoding.

Usage: python smtp_sink.py CERT KEY USER PASSWORD
"""

import email
import email.policy
import json
import socket
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

_print_lock = threading.Lock()


def emit(event):
    with _print_lock:
        sys.stdout.write(json.dumps(event) + "\n")
        sys.stdout.flush()


class Sink:
    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        body = message.get_body(preferencelist=("plain",))
        emit(
            {
                "from": envelope.mail_from,
                "to": envelope.rcpt_tos,
                "subject": str(message["subject"]),
                "body": body.get_content() if body is not None else "",
                "tls": session.ssl is not None,
                "user": getattr(session, "rustlit_user", None) if session.authenticated else None,
            }
        )
        return "250 OK"


def main():
    cert, key, user, password = sys.argv[1:5]
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login.decode() == user
            and auth_data.password.decode() == password
        )
        login = auth_data.login.decode() if isinstance(auth_data, LoginPassword) else None
        emit({"auth": login, "ok": ok})
        if ok:
            session.rustlit_user = user
        return AuthResult(success=ok)

    # A free port: aiosmtpd's readiness check needs to know it up front.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(
        Sink(),
        hostname="127.0.0.1",
        port=port,
        tls_context=context,
        require_starttls=True,
        authenticator=authenticator,
        auth_required=True,
        auth_require_tls=True,
    )
    controller.start()
    emit({"port": port})
    # Runs until the test closes stdin (or kills it).
    sys.stdin.read()
    controller.stop()


if __name__ == "__main__":
    main()
