use super::*;
use crate::test::questionnaire;

#[test]
fn numbered_questions_with_boxes_and_conditions_in_words() {
    let q = questionnaire(
        "id: t\ntitle: Supplier check\nversion: 1.0.0\nsections:\n  - id: s\n    title: Basics\n    questions:\n      - { id: cloud, text: \"Do you use cloud email?\", weight: 0 }\n      - id: backup\n        text: How often do you back up?\n        critical: true\n        type: choice\n        when: { question: cloud, equals: yes }\n        options: [{ value: daily, label: Every day, score: 1 }, { value: never, label: Never }]\n        recommendation: { title: x, text: y, effort: low }\n",
    );
    let md = render(&q);
    assert!(md.contains("### 2. How often do you back up? (must-have)\n\nAnswer only if you answered \"Yes\" to question 1.\n\n- [ ] Every day\n- [ ] Never\n- [ ] I don't know\n"), "{md}");
    assert!(md.starts_with("# Supplier check\n"));
}
