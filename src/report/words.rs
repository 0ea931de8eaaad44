//! Words of ours that every report uses the same way: what each of the six
//! functions of NIST CSF 2.0 covers, in plain words, for wherever a function's
//! name is shown to someone who has not read the framework.

/// What a CSF 2.0 function covers, by its name (`Govern`) or its code (`GV`),
/// in any case; `None` for anything else.
pub fn csf_function(name: &str) -> Option<&'static str> {
    let name = name.trim().to_ascii_lowercase();
    Some(match name.as_str() {
        "govern" | "gv" => "who is in charge of security, the rules, and the companies relied on",
        "identify" | "id" => "knowing what devices, software, accounts and data there are",
        "protect" | "pr" => {
            "keeping criminals out of accounts, devices and email, and software up to date"
        }
        "detect" | "de" => "noticing an attack early, before it does real damage",
        "respond" | "rs" => "what is done in the first hours and days of an attack",
        "recover" | "rc" => "getting data and the business back after something goes wrong",
        _ => return None,
    })
}

/// A section's title with what it covers, when the title is a CSF function's
/// name ("Govern: who is in charge of security, …"); else the title as it is.
/// Untrusted: escape it.
pub fn topic(title: &str) -> String {
    let title = super::plain_line(title);
    match csf_function(&title) {
        Some(covers) => format!("{title}: {covers}"),
        None => title,
    }
}

#[cfg(test)]
mod tests;
