use super::*;

#[test]
fn a_draft_is_named_after_the_customers_file_and_sheet() {
    let path = Path::new("in/northwind_supplier-security.xlsx");
    let n = Named::of(path, "ignored", Some("Questions"), &[]);
    assert_eq!(n.title, "northwind supplier security");
    assert_eq!(
        n.source,
        "northwind_supplier-security.xlsx, sheet Questions"
    );
    assert_eq!(n.id, slug("northwind_supplier-security", 12));
    assert!(!n.id.is_empty());
    let titled = Named::of(path, "ignored", None, &["Supplier review 2026".into()]);
    assert_eq!(titled.title, "Supplier review 2026");
    assert_eq!(titled.source, "northwind_supplier-security.xlsx");
    let nameless = Named::of(Path::new(""), "<stdin>", None, &[]);
    assert_eq!(
        (nameless.id.as_str(), nameless.source.as_str()),
        ("customer", "<stdin>")
    );
}
