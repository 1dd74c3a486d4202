//! The answers to the form's radio and checkbox questions, each with the label the
//! officer sees. They travel unchanged in drafts and in the payload (as snake_case),
//! so a receiver reads `"partner_or_ex_partner"`, never a position in a list.
use serde::{Deserialize, Serialize};

/// Gives every choice its on-screen label and the list of all choices in form order,
/// so pages render radios and checkboxes from one place.
macro_rules! choices {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $label:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vmeta])* $variant,)+ }

        impl $name {
            /// Every choice, in the order the form shows them.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// Every choice's label, in the same order as [`Self::ALL`].
            pub const LABELS: &'static [&'static str] = &[$($label,)+];

            /// The label the officer sees, also used in the plain-text copy.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label,)+ }
            }
        }
    };
}

choices! {
    /// A yes or no question.
    YesNo {
        Yes => "Yes",
        No => "No",
    }
}

impl YesNo {
    /// `true` for yes: the payload carries yes/no answers as booleans.
    pub fn is_yes(self) -> bool {
        self == YesNo::Yes
    }
}

choices! {
    /// A question the officer may not know the answer to.
    YesNoNotKnown {
        Yes => "Yes",
        No => "No",
        NotKnown => "Not known",
    }
}

// Variants here carry no doc comments: schemars would turn documented variants into a
// `oneOf` of constants, which low-code receivers handle less well than a plain enum.
choices! {
    /// Offences under investigation (Protection from Harassment Act 1997; facts items 84–86):
    /// s2A stalking, s4A stalking (fear of violence, or serious alarm or distress),
    /// s2 harassment, s4 putting people in fear of violence, or other.
    Offence {
        StalkingS2a => "Stalking (section 2A)",
        StalkingS4a => "Stalking causing fear of violence, or serious alarm or distress (section 4A)",
        HarassmentS2 => "Harassment (section 2)",
        HarassmentS4 => "Putting people in fear of violence (section 4)",
        Other => "Other offence",
    }
}

choices! {
    /// How far the investigation has got.
    InvestigationStage {
        UnderInvestigation => "Under investigation",
        Charged => "Charged",
        NoFurtherAction => "No further action",
        Convicted => "Convicted",
        Acquitted => "Acquitted",
    }
}

choices! {
    /// How a person to protect knows the respondent.
    Relationship {
        PartnerOrExPartner => "Partner or ex-partner",
        Family => "Family member",
        Acquaintance => "Acquaintance",
        Colleague => "Colleague",
        Stranger => "Stranger",
        Unknown => "Not known",
    }
}

choices! {
    /// Whether a person to protect suffered the acts or is connected to someone who did
    /// (an order can protect people other than the victim: facts item 7).
    PersonRole {
        PrimaryVictim => "Primary victim",
        ConnectedPerson => "Connected person (for example family, friend or colleague of the victim)",
    }
}

choices! {
    /// The respondent's link to the applying force's area (SPA s1(3); facts item 9).
    AreaConnection {
        LivesInArea => "Lives in the force area",
        BelievedInArea => "Believed to be in the force area",
        IntendsToCome => "Intends to come to the force area",
        NoneOrNotKnown => "None of these, or not known",
    }
}

impl AreaConnection {
    /// Whether this connection lets a territorial force apply (facts item 9).
    pub fn allows_this_force(self) -> bool {
        self != AreaConnection::NoneOrNotKnown
    }

    /// The label with the force's area named: "Lives in Exampleshire".
    pub fn label_for(self, area: &str) -> String {
        match self {
            AreaConnection::LivesInArea => format!("Lives in {area}"),
            AreaConnection::BelievedInArea => format!("Believed to be in {area}"),
            AreaConnection::IntendsToCome => format!("Intends to come to {area}"),
            AreaConnection::NoneOrNotKnown => self.label().to_string(),
        }
    }
}

choices! {
    /// Behaviours seen: the PHA s2A(3)(a)–(g) examples in order, following (a) to
    /// watching or spying (g) (facts item 83); then common online behaviours (facts
    /// items 69, 74); then other.
    Behaviour {
        Following => "Following the person",
        Contacting => "Contacting, or trying to contact, the person by any means",
        Publishing => "Publishing statements or material about the person, or claiming to come from them",
        MonitoringCommunications => "Monitoring the person's use of the internet, email or other electronic communication",
        Loitering => "Loitering in any place, public or private",
        InterferingWithProperty => "Interfering with property in the person's possession",
        WatchingOrSpying => "Watching or spying on the person",
        MonitoringAccounts => "Monitoring or getting into the person's online accounts",
        FakeProfiles => "Using fake profiles or pretending to be someone else online",
        PostingMaterialOnline => "Posting, or threatening to post, material about the person online",
        TrackingDevices => "Using tracking devices or apps",
        Other => "Other behaviour",
    }
}

choices! {
    /// Risk assessment tool used (facts item 93).
    RiskTool {
        Dash => "DASH",
        SDash => "S-DASH",
        Dara => "DARA",
        Sash => "SASH",
        StalkingScreeningTool => "Stalking screening tool",
        Other => "Other tool",
        NoneUsed => "No tool used",
    }
}

choices! {
    /// Existing orders and measures (facts items 95–100).
    ExistingOrderKind {
        BailConditions => "Bail conditions",
        RestrainingOrder => "Restraining order",
        NonMolestationOrder => "Non-molestation order",
        DvpnOrDvpo => "DVPN or DVPO",
        DapnOrDapo => "DAPN or DAPO",
        LicenceConditions => "Licence conditions",
        Other => "Other order or measure",
    }
}

choices! {
    /// How long the full order is to last (facts item 19).
    FullDurationChoice {
        FixedPeriod => "A fixed period (at least 2 years)",
        UntilFurtherOrder => "Until further order",
    }
}

choices! {
    /// Where the conditions apply (facts item 16).
    LocalityChoice {
        WholeUk => "Throughout the United Kingdom",
        Limited => "Only in a particular area",
    }
}

choices! {
    /// The victim's view of the application. Never a gate: consent is not required
    /// (facts items 76–77, R8).
    VictimStance {
        Supports => "Supports the application",
        DoesNotSupport => "Does not support the application",
        Mixed => "Mixed or unsure",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_travel_as_snake_case() {
        assert_eq!(serde_json::to_string(&Relationship::PartnerOrExPartner).unwrap(), "\"partner_or_ex_partner\"");
        assert_eq!(serde_json::to_string(&Offence::StalkingS2a).unwrap(), "\"stalking_s2a\"");
        assert_eq!(serde_json::to_string(&RiskTool::SDash).unwrap(), "\"s_dash\"");
    }

    #[test]
    fn every_s2a_example_is_offered() {
        // facts item 83: (a)–(g), plus four online behaviours and other.
        assert_eq!(Behaviour::ALL.len(), 7 + 4 + 1);
    }

    #[test]
    fn only_none_of_these_stops_a_territorial_force() {
        assert!(AreaConnection::IntendsToCome.allows_this_force());
        assert!(!AreaConnection::NoneOrNotKnown.allows_this_force());
        assert_eq!(AreaConnection::IntendsToCome.label_for("Exampleshire"), "Intends to come to Exampleshire");
    }
}
