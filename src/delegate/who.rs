//! How to speak of the person `ask_whom` names: "your IT provider" in a letter
//! or a report, "our IT provider" in a letter the owner sends.

/// How to speak of someone named by `ask_whom`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Who {
    /// "your IT provider", or the text as the questionnaire gives it.
    pub name: String,
    /// "our IT provider": how the owner names them in a letter.
    pub ours: String,
    /// Why they can answer, said to them ("You look after our computers"), for
    /// the names `assure` knows.
    pub because: Option<&'static str>,
}

impl Who {
    /// The ways advice names them, longest first: "your IT provider", and for
    /// an IT provider also "the IT provider" and "your provider". A possessive
    /// ("your IT provider's") is left as it is: advice avoids it.
    pub fn phrases(&self) -> Vec<String> {
        let mut out = vec![self.name.clone()];
        if self.name == "your IT provider" {
            out.extend(["the IT provider".to_owned(), "your provider".to_owned()]);
        }
        out
    }
}

/// `ask_whom` (or `by:`) in words. Text other than the known names is
/// untrusted: escape it for the format it goes into.
pub fn who(recipient: &str) -> Who {
    let known = |name: &str, because: &'static str| Who {
        name: format!("your {name}"),
        ours: format!("our {name}"),
        because: Some(because),
    };
    match recipient.trim() {
        "it-provider" => known("IT provider", "You look after our computers"),
        "insurance-broker" => known("insurance broker", "You arranged our insurance"),
        "accountant" => known("accountant", "You look after our accounts and payments"),
        "respondent" => Who {
            name: "you".into(),
            ours: "we".into(),
            because: None,
        },
        other => Who {
            name: other.to_owned(),
            ours: other.to_owned(),
            because: None,
        },
    }
}
