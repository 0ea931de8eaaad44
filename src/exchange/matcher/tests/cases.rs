//! The customers' questions the matcher is tried on, in their words, with
//! the answer each supplier's answers must give.

/// (the customer's question, what the strong supplier's answers give, what
/// the weak supplier's give)
pub const CASES: &[(&str, &str, &str)] = &[
    // Other words for the same meaning.
    (
        "Is multi-factor authentication (MFA) enforced for all email accounts?",
        "Yes",
        "No",
    ),
    ("Is 2FA required to access company email?", "Yes", "No"),
    (
        "Two-factor authentication is required to access company email.",
        "Yes",
        "No",
    ),
    // Asked the opposite way, or the right way round.
    (
        "Is Remote Desktop (RDP) accessible directly from the internet?",
        "No",
        "Yes",
    ),
    (
        "Is remote desktop protocol (RDP) blocked from the internet?",
        "Yes",
        "No",
    ),
    (
        "Remote desktop services are exposed to the internet.",
        "No",
        "Yes",
    ),
    // A time asked, held against the option chosen.
    (
        "Are critical security patches applied within 14 days of release?",
        "Yes",
        "No",
    ),
    (
        "Are critical security patches applied within 30 days?",
        "Yes",
        "No",
    ),
    ("Are backups taken at least daily?", "Yes", "No"),
    ("Is a complete backup taken every week?", "Yes", "Yes"),
    (
        "Have you tested restoring data from backup in the last 12 months?",
        "Yes",
        "No",
    ),
    (
        "Has a restore from backup been tested within the past six months?",
        "-unsettled",
        "No",
    ),
    // A time in the known question: yes gives 90 days or more, no less.
    (
        "Are security logs kept for at least 30 days?",
        "Yes",
        "-unsettled",
    ),
    (
        "Are security logs retained for a minimum of 12 months?",
        "-unsettled",
        "No",
    ),
    // Several things at once: yes when every part is, no when one is not.
    (
        "Are backups performed daily, with at least one copy kept offline or immutable?",
        "Yes",
        "No",
    ),
    (
        "Is MFA enforced for all users accessing corporate email and cloud applications?",
        "Yes",
        "No",
    ),
    (
        "Do you maintain an incident response plan that is tested at least annually?",
        "-unsettled",
        "No",
    ),
    // The known question asks more: its yes answers, its no does not.
    (
        "Do screens lock automatically after a period of inactivity?",
        "Yes",
        "-unsettled",
    ),
    // How well, said by the option chosen.
    ("Are security alerts monitored 24x7?", "Yes", "No"),
    // "including" widens, it does not change the question.
    (
        "Are administrator accounts protected with MFA?",
        "Yes",
        "No",
    ),
    // What it is done to must agree; whose practice it is too.
    (
        "Is MFA required for all remote access to your network?",
        "-dont-know",
        "-dont-know",
    ),
    (
        "Do you hold ISO 27001 certification?",
        "-no-match",
        "-no-match",
    ),
    (
        "Does your IT support provider hold an independent security certification?",
        "Yes",
        "No",
    ),
    // Not applicable stays not applicable.
    (
        "Are laptop hard drives encrypted (e.g. BitLocker)?",
        "N/A",
        "N/A",
    ),
    // Facts never stated are never answered.
    (
        "In which country will our data be hosted?",
        "-never-stated",
        "-never-stated",
    ),
    (
        "Will you notify us of a breach within 24 hours?",
        "-never-stated",
        "-never-stated",
    ),
    // Nothing known about it.
    ("Are USB storage devices blocked?", "-no-match", "-no-match"),
    (
        "Is data encrypted in transit using TLS 1.2?",
        "-no-match",
        "-no-match",
    ),
    // A written answer where one is asked.
    (
        "What is the name of your IT support provider?",
        "text:Beacon IT",
        "text:Beacon IT",
    ),
    (
        "When did you last test restoring from backup?",
        "text:In the last 12 months",
        "text:Never",
    ),
];
