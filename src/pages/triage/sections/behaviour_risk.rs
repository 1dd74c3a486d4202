use crate::bind;
use crate::domain::triage::field_ids as id;
use crate::domain::triage::{Behaviour, RiskTool, YesNo, YesNoNotKnown};
use crate::pages::triage::{options, use_triage};
use crate::ui::base::href;
use crate::ui::fields::{Checkboxes, Radios, Reveal, TextArea, TextInput};
use crate::ui::why_we_ask::WhyWeAsk;
use leptos::prelude::*;

/// Evidence boxes have a generous count: legal services need the detail.
const EVIDENCE_MAX: usize = crate::domain::triage::fields::LONG.max_chars;

#[component]
pub fn BehaviourRiskFields() -> impl IntoView {
    let s = use_triage();
    let t = s.triage;
    let urgent = move || {
        view! {
            <div class="notice notice--error" id="urgent-next-steps">
                <h2 class="heading-s">"Urgent: act now"</h2>
                <ul class="list">
                    <li>"If anyone is in immediate danger, call 999 and follow your force's emergency procedures."</li>
                    <li>"Tell your supervisor and the stalking unit today, and put safeguarding in place for the victim."</li>
                    <li>"Consider applying for an interim SPO at the same time as the full order: an interim order can be made while the full application is decided. Choose \u{201c}Interim order and full order\u{201d} in "
                        <a href=href("triage/order-sought")>"Order sought"</a> "."</li>
                </ul>
                <p>"This triage will be marked urgent when you send it."</p>
            </div>
            <TextArea id=id::BEHAVIOUR_IMMEDIATE_RISK_DETAILS label="What is the immediate risk?" rows=3
                value=bind!(t, behaviour_risk.immediate_risk_details) error=s.error_for(id::BEHAVIOUR_IMMEDIATE_RISK_DETAILS)/>
        }
        .into_any()
    };
    view! {
        <Checkboxes id=id::BEHAVIOUR_SEEN legend="Which behaviours have you seen?" hint="Select all that apply. These are examples of acts associated with stalking, not a complete list."
            after_legend=ViewFn::from(|| view! { <WhyWeAsk slug="recognising-stalking" anchor="behaviours"/> })
            options=options(Behaviour::ALL, Behaviour::label) value=bind!(t, behaviour_risk.behaviours) error=s.error_for(id::BEHAVIOUR_SEEN)
            reveals=vec![Reveal::new(Behaviour::Other, move || view! {
                <TextArea id=id::BEHAVIOUR_OTHER label="Describe the other behaviour" rows=3
                    value=bind!(t, behaviour_risk.other_behaviour_details) error=s.error_for(id::BEHAVIOUR_OTHER)/>
            }.into_any())]/>
        <h2 class="heading-m">"The three tests"</h2>
        <p>"An application needs evidence for all three. Say what the evidence is and where it comes from."</p>
        <TextArea id=id::BEHAVIOUR_ACTS_EVIDENCE label="1. What acts associated with stalking has the respondent carried out?" max_chars=EVIDENCE_MAX rows=5
            after_label=ViewFn::from(|| view! { <WhyWeAsk slug="three-tests" anchor="acts"/> })
            value=bind!(t, behaviour_risk.acts_evidence) error=s.error_for(id::BEHAVIOUR_ACTS_EVIDENCE)/>
        <TextArea id=id::BEHAVIOUR_RISK_EVIDENCE label="2. What risk associated with stalking does the respondent pose, and to whom?" max_chars=EVIDENCE_MAX rows=5
            hint="The risk can be of physical or psychological harm."
            after_label=ViewFn::from(|| view! { <WhyWeAsk slug="three-tests" anchor="risk"/> })
            value=bind!(t, behaviour_risk.risk_evidence) error=s.error_for(id::BEHAVIOUR_RISK_EVIDENCE)/>
        <TextArea id=id::BEHAVIOUR_NECESSITY_EVIDENCE label="3. Why is an order necessary to protect the person from that risk?" max_chars=EVIDENCE_MAX rows=5
            hint="Say why other measures are not enough."
            after_label=ViewFn::from(|| view! { <WhyWeAsk slug="three-tests" anchor="necessity"/> })
            value=bind!(t, behaviour_risk.necessity_evidence) error=s.error_for(id::BEHAVIOUR_NECESSITY_EVIDENCE)/>
        <Radios id=id::BEHAVIOUR_RISK_TOOL legend="Which risk assessment tool did you use?"
            after_legend=ViewFn::from(|| view! { <WhyWeAsk slug="recognising-stalking" anchor="risk-tools"/> })
            options=options(RiskTool::ALL, RiskTool::label) value=bind!(t, behaviour_risk.risk_tool) error=s.error_for(id::BEHAVIOUR_RISK_TOOL)
            reveals=vec![Reveal::new(RiskTool::Other, move || view! {
                <TextInput id=id::BEHAVIOUR_RISK_TOOL_OTHER label="Name of the tool" value=bind!(t, behaviour_risk.risk_tool_other) error=s.error_for(id::BEHAVIOUR_RISK_TOOL_OTHER) width="input--w20"/>
            }.into_any())]/>
        <TextArea id=id::BEHAVIOUR_RISK_OUTCOME label="Outcome of the risk assessment" rows=2 hint="For example, the risk level and the date of the assessment"
            value=bind!(t, behaviour_risk.risk_outcome) error=s.error_for(id::BEHAVIOUR_RISK_OUTCOME)/>
        <Radios id=id::BEHAVIOUR_MENTAL_HEALTH legend="Does the respondent have known mental health issues?" inline=true
            after_legend=ViewFn::from(|| view! { <WhyWeAsk slug="using-the-triage-form" anchor="mental-health"/> })
            options=options(YesNoNotKnown::ALL, YesNoNotKnown::label) value=bind!(t, behaviour_risk.mental_health) error=s.error_for(id::BEHAVIOUR_MENTAL_HEALTH)
            reveals=vec![Reveal::new(YesNoNotKnown::Yes, move || view! {
                <TextArea id=id::BEHAVIOUR_MENTAL_HEALTH_DETAILS label="Give details" rows=3
                    value=bind!(t, behaviour_risk.mental_health_details) error=s.error_for(id::BEHAVIOUR_MENTAL_HEALTH_DETAILS)/>
            }.into_any())]/>
        <Radios id=id::BEHAVIOUR_IMMEDIATE_RISK legend="Is there an immediate risk of harm?" inline=true
            after_legend=ViewFn::from(|| view! { <WhyWeAsk slug="interim-and-full-orders" anchor="when-interim"/> })
            options=options(YesNo::ALL, YesNo::label) value=bind!(t, behaviour_risk.immediate_risk) error=s.error_for(id::BEHAVIOUR_IMMEDIATE_RISK)
            reveals=vec![Reveal::new(YesNo::Yes, urgent)]/>
    }
}
