//! The reviewer's overall decision, and the better route when an SPO is not suitable.
//!
//! The routes are the comparable orders in facts.md §5 and the variation of an existing
//! SPO (items 17, 22). Who can seek each differs (the victim applies for a
//! non-molestation order or a PHA s3 injunction; a restraining order needs a criminal
//! case), which is why the label says so.
use serde::{Deserialize, Serialize};

/// What the reviewer advises.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(tag = "outcome", rename_all = "snake_case", deny_unknown_fields)]
pub enum Decision {
    /// Proceed to authorisation (a superintendent or above: facts item 75, draft APP).
    Proceed,
    /// The officer must answer the clarifications first.
    ClarificationNeeded,
    /// An SPO is not suitable.
    NotSuitable {
        /// Why not, in the reviewer's words.
        reason: String,
        /// What to consider instead.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        better_route: Option<BetterRoute>,
        /// The route, when it is "other".
        #[serde(default, skip_serializing_if = "Option::is_none")]
        other_route: Option<String>,
    },
}

impl Decision {
    /// As the reviewer picks it and the officer reads it.
    pub fn label(&self) -> &'static str {
        match self {
            Decision::Proceed => "Proceed to authorisation",
            Decision::ClarificationNeeded => "Clarification needed",
            Decision::NotSuitable { .. } => "Not suitable for an SPO",
        }
    }

    /// "not suitable" with nothing filled in yet, for the radio that reveals its questions.
    pub fn not_suitable() -> Decision {
        Decision::NotSuitable { reason: String::new(), better_route: None, other_route: None }
    }
}

/// An order or route that may fit better than an SPO.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum BetterRoute {
    VaryExistingSpo,
    RestrainingOrderOnConviction,
    RestrainingOrderOnAcquittal,
    NonMolestationOrder,
    DvpnDvpo,
    DapnDapo,
    CivilInjunction,
    NoOrderAtPresent,
    Other,
}

impl BetterRoute {
    pub const ALL: &'static [BetterRoute] = &[
        BetterRoute::VaryExistingSpo,
        BetterRoute::RestrainingOrderOnConviction,
        BetterRoute::RestrainingOrderOnAcquittal,
        BetterRoute::NonMolestationOrder,
        BetterRoute::DvpnDvpo,
        BetterRoute::DapnDapo,
        BetterRoute::CivilInjunction,
        BetterRoute::NoOrderAtPresent,
        BetterRoute::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            // Facts items 17, 22 (V-LEG s2(6)–(7); V-SEED:001, 004 §9.5).
            BetterRoute::VaryExistingSpo => "Apply to vary the existing SPO",
            // Facts item 95 (V-LEG: Sentencing Act 2020 s360): prohibitions only, on conviction.
            BetterRoute::RestrainingOrderOnConviction => "Restraining order on conviction (raised by the prosecutor or the court)",
            // Facts item 96 (V-LEG: PHA s5A).
            BetterRoute::RestrainingOrderOnAcquittal => "Restraining order on acquittal",
            // Facts item 97 (V-LEG: FLA s42): associated persons only; the victim applies.
            BetterRoute::NonMolestationOrder => "Non-molestation order (the victim applies; associated persons only)",
            // Facts item 98 (V-GOV: CSA 2010 ss24–33): domestic, violence or its threat, 14 to 28 days.
            BetterRoute::DvpnDvpo => "DVPN and DVPO",
            // Facts item 99 (V-GOV: WMS HCWS254): pilot areas only.
            BetterRoute::DapnDapo => "DAPN or DAPO (pilot areas only)",
            // Facts item 102 (SECONDARY): PHA s3, the victim applies.
            BetterRoute::CivilInjunction => "Civil injunction under section 3 of the Protection from Harassment Act (the victim applies)",
            BetterRoute::NoOrderAtPresent => "No order at present",
            BetterRoute::Other => "Other",
        }
    }
}
