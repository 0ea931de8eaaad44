use super::*;

#[test]
fn the_six_functions_are_explained_by_name_or_code_and_nothing_else_is() {
    for f in ["Govern", "identify", "PR", "de", "Respond", "RECOVER"] {
        assert!(csf_function(f).is_some(), "{f}");
    }
    assert_eq!(csf_function("Backups"), None);
    assert_eq!(topic("Backups"), "Backups");
    assert_eq!(
        topic(" Detect "),
        "Detect: noticing an attack early, before it does real damage"
    );
}
