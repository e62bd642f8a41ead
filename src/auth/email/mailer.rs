//! Sends sign-in mails through the configured SMTP server, off the request:
//! a request only puts the mail in a bounded queue, and one task delivers
//! them in order, each with STARTTLS required (never plain text, so the
//! SMTP login and the link never cross the network in clear) and within
//! `server.smtpTimeout`. A full queue or a failed delivery is logged; the
//! browser is told the same "check your inbox" either way.

use lettre::message::header::ContentType;
use lettre::message::Mailbox;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use thiserror::Error;
use tokio::sync::mpsc;

use super::config::EmailConfig;

/// Mails waiting at once; beyond it new requests are dropped (logged).
const QUEUE: usize = 256;

#[derive(Debug, Error)]
pub enum MailerError {
    #[error("server.smtpCaFile {path}: {error}")]
    CaFile { path: String, error: String },
    #[error("server.smtpHost {host}: {error}")]
    Smtp { host: String, error: String },
}

/// One sign-in mail.
pub struct Mail {
    pub to: Mailbox,
    pub subject: String,
    pub body: String,
}

pub struct Mailer {
    queue: mpsc::Sender<Mail>,
}

impl Mailer {
    /// Checks the SMTP settings and starts the delivery task (on the
    /// current tokio runtime).
    pub fn start(config: &EmailConfig) -> Result<Mailer, MailerError> {
        let transport = transport(config)?;
        let (queue, mut mails) = mpsc::channel::<Mail>(QUEUE);
        let from = config.from.clone();
        let deadline = config.smtp_timeout;
        tokio::spawn(async move {
            while let Some(mail) = mails.recv().await {
                let to = mail.to.email.to_string();
                let message = Message::builder()
                    .from(from.clone())
                    .to(mail.to)
                    .subject(mail.subject)
                    .header(ContentType::TEXT_PLAIN)
                    .body(mail.body);
                let message = match message {
                    Ok(m) => m,
                    Err(e) => {
                        tracing::error!("email sign-in: could not write the mail to {to}: {e}");
                        continue;
                    }
                };
                // lettre's own timeout covers each SMTP command; this one
                // bounds the whole delivery (a server that trickles).
                match tokio::time::timeout(deadline, transport.send(message)).await {
                    Ok(Ok(_)) => tracing::info!("email sign-in: sent a sign-in link to {to}"),
                    Ok(Err(e)) => {
                        tracing::error!(
                            "email sign-in: the SMTP server refused the mail to {to}: {e}"
                        )
                    }
                    Err(_) => tracing::error!(
                        "email sign-in: gave up the mail to {to} after server.smtpTimeout ({} s)",
                        deadline.as_secs()
                    ),
                }
            }
        });
        Ok(Mailer { queue })
    }

    /// Queues `mail`; `false` when the queue is full.
    pub fn send(&self, mail: Mail) -> bool {
        self.queue.try_send(mail).is_ok()
    }
}

fn transport(config: &EmailConfig) -> Result<AsyncSmtpTransport<Tokio1Executor>, MailerError> {
    let smtp = |error: lettre::transport::smtp::Error| MailerError::Smtp {
        host: config.smtp_host.clone(),
        error: error.to_string(),
    };
    let mut tls = TlsParameters::builder(config.smtp_host.clone());
    if let Some(path) = &config.smtp_ca_file {
        let ca_error = |error: String| MailerError::CaFile {
            path: path.display().to_string(),
            error,
        };
        let pem = std::fs::read(path).map_err(|e| ca_error(e.to_string()))?;
        let certificate = Certificate::from_pem(&pem).map_err(|e| ca_error(e.to_string()))?;
        tls = tls.add_root_certificate(certificate);
    }
    let tls = tls.build_rustls().map_err(smtp)?;
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&config.smtp_host)
        .port(config.smtp_port)
        .tls(Tls::Required(tls))
        .timeout(Some(config.smtp_timeout));
    if let Some((user, password)) = &config.credentials {
        builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
    }
    Ok(builder.build())
}
