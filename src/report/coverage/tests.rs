use super::*;

#[test]
fn natural_order() {
    let mut v = vec![
        "10.1", "2.1", "2.10", "2.2", "PR.AA-10", "PR.AA-03", "A.8.5", "A.5.15",
    ];
    v.sort_by(|a, b| natural(a, b));
    assert_eq!(
        v,
        [
            "2.1", "2.2", "2.10", "10.1", "A.5.15", "A.8.5", "PR.AA-03", "PR.AA-10"
        ]
    );
}
