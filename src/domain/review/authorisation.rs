//! The authorising officer's decision on a version of the triage, kept in the advice file.
//!
//! Who: an officer of superintendent rank or above, acting and temporary ranks
//! included (facts item 75, R7: from the draft APP, V-SEED:004 §9.2, a consultation
//! draft that may change: item 131; the Act itself says only "chief officer of police").
//! The ranks above superintendent are the usual police ranks in England and Wales; they
//! are not in facts.md.
//!
//! What they are satisfied of: the three matters that must appear to the chief officer
//! for an application (SPA s1(1)(a)–(c), facts item 6, V-LEG), then what the draft APP
//! says the authorising officer should check (facts item 76, V-SEED:004 §9.2). Each is
//! answered yes or no, with notes; the application can be recorded as authorised only
//! when every one is confirmed.
use serde::{Deserialize, Serialize};

/// A matter the authorising officer confirms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Matter {
    ActsAssociatedWithStalking,
    RiskAssociatedWithStalking,
    OrderNecessary,
    NecessaryAndProportionate,
    VictimViewsConsidered,
    ApplicationComplete,
    RiskAssessmentDone,
    RightsWeighed,
}

impl Matter {
    /// Every matter, in the order the record lists them.
    pub const ALL: &'static [Matter] = &[
        Matter::ActsAssociatedWithStalking,
        Matter::RiskAssociatedWithStalking,
        Matter::OrderNecessary,
        Matter::NecessaryAndProportionate,
        Matter::VictimViewsConsidered,
        Matter::ApplicationComplete,
        Matter::RiskAssessmentDone,
        Matter::RightsWeighed,
    ];

    /// What the officer confirms. The statutory terms are kept as the Act has them.
    pub fn label(self) -> &'static str {
        match self {
            Matter::ActsAssociatedWithStalking => "The respondent has carried out acts associated with stalking",
            Matter::RiskAssociatedWithStalking => "The respondent poses a risk associated with stalking to another person",
            Matter::OrderNecessary => {
                "Reasonable cause to believe that the order applied for is needed to protect that person from that risk"
            }
            Matter::NecessaryAndProportionate => "The order is necessary and proportionate",
            Matter::VictimViewsConsidered => {
                "The victim's views on the risk have been taken into account (their consent is not always required)"
            }
            Matter::ApplicationComplete => "The application is complete and justified by the behaviour and the risk",
            Matter::RiskAssessmentDone => {
                "A thorough risk assessment has been done, using a screening tool and professional judgement"
            }
            Matter::RightsWeighed => {
                "The rights of the victim and the respondent (for example Article 8, private and family life) have been weighed"
            }
        }
    }

    /// Where the matter comes from, for the printed record.
    pub fn source(self) -> &'static str {
        match self {
            Matter::ActsAssociatedWithStalking => "Stalking Protection Act 2019, s1(1)(a)",
            Matter::RiskAssociatedWithStalking => "Stalking Protection Act 2019, s1(1)(b)",
            Matter::OrderNecessary => "Stalking Protection Act 2019, s1(1)(c)",
            _ => "Stalking or harassment APP, consultation draft (June 2026), §9.2",
        }
    }
}

/// A rank that may authorise an application (superintendent or above).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AuthorisingRank {
    Superintendent,
    ChiefSuperintendent,
    Commander,
    AssistantChiefConstable,
    DeputyAssistantCommissioner,
    AssistantCommissioner,
    DeputyChiefConstable,
    DeputyCommissioner,
    ChiefConstable,
    Commissioner,
}

impl AuthorisingRank {
    pub const ALL: &'static [AuthorisingRank] = &[
        AuthorisingRank::Superintendent,
        AuthorisingRank::ChiefSuperintendent,
        AuthorisingRank::Commander,
        AuthorisingRank::AssistantChiefConstable,
        AuthorisingRank::DeputyAssistantCommissioner,
        AuthorisingRank::AssistantCommissioner,
        AuthorisingRank::DeputyChiefConstable,
        AuthorisingRank::DeputyCommissioner,
        AuthorisingRank::ChiefConstable,
        AuthorisingRank::Commissioner,
    ];

    pub fn label(self) -> &'static str {
        match self {
            AuthorisingRank::Superintendent => "Superintendent",
            AuthorisingRank::ChiefSuperintendent => "Chief Superintendent",
            AuthorisingRank::Commander => "Commander",
            AuthorisingRank::AssistantChiefConstable => "Assistant Chief Constable",
            AuthorisingRank::DeputyAssistantCommissioner => "Deputy Assistant Commissioner",
            AuthorisingRank::AssistantCommissioner => "Assistant Commissioner",
            AuthorisingRank::DeputyChiefConstable => "Deputy Chief Constable",
            AuthorisingRank::DeputyCommissioner => "Deputy Commissioner",
            AuthorisingRank::ChiefConstable => "Chief Constable",
            AuthorisingRank::Commissioner => "Commissioner",
        }
    }
}

/// The authorising officer's answer on one matter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MatterCheck {
    pub matter: Matter,
    /// Yes or no; missing until answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub satisfied: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// Authorised or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AuthorisationDecision {
    Authorised,
    NotAuthorised,
}

impl AuthorisationDecision {
    pub fn label(self) -> &'static str {
        match self {
            AuthorisationDecision::Authorised => "Authorised",
            AuthorisationDecision::NotAuthorised => "Not authorised",
        }
    }
}

/// A condition the authorising officer reworded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ConditionAmendment {
    /// The condition's position in the authorised version's list, from 0.
    pub index: usize,
    /// Its template, to make sure the right condition is changed.
    pub template_id: String,
    /// The wording the authorising officer approved.
    pub wording: String,
    /// Why it was changed.
    pub why: String,
}

/// The record of the authorising officer's decision on one version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Authorisation {
    pub officer_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rank: Option<AuthorisingRank>,
    /// An acting or temporary rank (it counts: facts item 75, R7).
    #[serde(default)]
    pub acting_or_temporary: bool,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The version of the triage authorised: the one the advice is on.
    pub version: u32,
    /// One answer per [`Matter`], in [`Matter::ALL`] order.
    pub matters: Vec<MatterCheck>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<AuthorisationDecision>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changed_conditions: Vec<ConditionAmendment>,
}

impl Authorisation {
    /// A blank record for `version`: every matter listed, none answered yet.
    pub fn new(version: u32) -> Authorisation {
        Authorisation {
            officer_name: String::new(),
            rank: None,
            acting_or_temporary: false,
            date: String::new(),
            version,
            matters: Matter::ALL.iter().map(|m| MatterCheck { matter: *m, satisfied: None, notes: None }).collect(),
            decision: None,
            changed_conditions: Vec::new(),
        }
    }

    /// The answer on `matter`, for editing.
    pub fn matter_mut(&mut self, matter: Matter) -> Option<&mut MatterCheck> {
        self.matters.iter_mut().find(|m| m.matter == matter)
    }

    /// "Acting Superintendent", "Chief Superintendent"; empty when no rank is chosen.
    pub fn rank_label(&self) -> String {
        match (self.rank, self.acting_or_temporary) {
            (Some(r), true) => format!("Acting or temporary {}", r.label()),
            (Some(r), false) => r.label().to_string(),
            (None, _) => String::new(),
        }
    }
}
