// What assistive technology is given for the shared patterns, as accessibility-tree
// snapshots kept in the tests: a change to a role, name, state or order shows up here.
// No dates, ids or counts that change between runs are in these states.
import { test, expect, gotoApp } from "./fixtures";
import { BuilderPage } from "./pages/builder-page";
import { TriagePage } from "./pages/triage-page";
import { openSection } from "./triage-journey";

test("the error summary", async ({ page }) => {
  const triage = new TriagePage(page);
  await openSection(page, "about-you");
  await triage.saveAndContinueButton.click();
  await expect(triage.errorSummary).toBeFocused();
  // The focused box, as before: it has no role or name, so the snapshot is of what it holds.
  await expect(triage.errorSummary).toMatchAriaSnapshot(`
    - alert:
      - heading "There is a problem" [level=2]
      - list:
        - listitem:
          - link "Enter your full name":
            - /url: "#about-name"
        - listitem:
          - link "Enter your rank":
            - /url: "#about-rank"
        - listitem:
          - link "Enter your collar or warrant number":
            - /url: "#about-collar-number"
        - listitem:
          - link "Enter your work email address":
            - /url: "#about-email"
        - listitem:
          - link "Enter your work phone number":
            - /url: "#about-phone"
        - listitem:
          - link "Enter your team or station":
            - /url: "#about-team"
  `);
});

test("a date input", async ({ page }) => {
  await openSection(page, "respondent");
  await expect(new TriagePage(page).group("Respondent's date of birth")).toMatchAriaSnapshot(`
    - group "Respondent's date of birth":
      - text: ""
      - link "Why we ask this (opens in new tab)":
        - /url: /guidance/respondents-under-18#age-limits
      - text: /For example, \\d+ 3 \\d+\\. Their age decides the route the application takes\\. Day/
      - textbox "Day"
      - text: Month
      - textbox "Month"
      - text: Year
      - textbox "Year"
  `);
});

test("radios with a revealed question", async ({ page }) => {
  const triage = new TriagePage(page);
  await openSection(page, "investigation");
  await triage.radio("Is there a substantive criminal investigation?", "Yes").check();
  await expect(triage.textBox("Crime reference 1")).toBeVisible();
  await expect(triage.group("Is there a substantive criminal investigation?")).toMatchAriaSnapshot(`
    - group "Is there a substantive criminal investigation?":
      - text: ""
      - link "Why we ask this (opens in new tab)":
        - /url: /guidance/what-is-an-spo#alongside-prosecution
      - text: An SPO can be sought whether or not anyone has been charged.
      - radio "Yes" [checked]
      - text: "Yes"
      - group "Crime reference numbers":
        - text: /Crime reference numbers Crime reference 1 For example, \\d+\\/\\d+\\/\\d+/
        - textbox "Crime reference 1"
        - button "Add another crime reference"
      - group "Offences being investigated":
        - text: Offences being investigated Select all that apply
        - checkbox "Stalking (section 2A)"
        - text: Stalking (section 2A)
        - checkbox "Stalking causing fear of violence, or serious alarm or distress (section 4A)"
        - text: Stalking causing fear of violence, or serious alarm or distress (section 4A)
        - checkbox "Harassment (section 2)"
        - text: Harassment (section 2)
        - checkbox "Putting people in fear of violence (section 4)"
        - text: Putting people in fear of violence (section 4)
        - checkbox "Other offence"
        - text: Other offence
      - group "What stage has the investigation reached?":
        - text: ""
        - radio "Under investigation"
        - text: Under investigation
        - radio "Charged"
        - text: Charged
        - radio "No further action"
        - text: No further action
        - radio "Convicted"
        - text: Convicted
        - radio "Acquitted"
        - text: Acquitted
      - group "Is the respondent on bail?":
        - text: ""
        - radio "Yes"
        - text: "Yes"
        - radio "No"
        - text: "No"
      - radio "No"
      - text: "No"
  `);
});

test("add another", async ({ page }) => {
  const triage = new TriagePage(page);
  await openSection(page, "people");
  await triage.button("Add another person").click();
  await expect(triage.group("Person 2")).toBeVisible();
  await expect(triage.group("Person 2")).toMatchAriaSnapshot(`
    - group "Person 2":
      - text: Person 2 Full name
      - textbox "Full name"
      - group "Date of birth":
        - text: /Date of birth For example, \\d+ 3 \\d+ Day/
        - textbox "Day"
        - text: Month
        - textbox "Month"
        - text: Year
        - textbox "Year"
      - checkbox "I do not know their date of birth"
      - text: I do not know their date of birth
      - group "How do they know the respondent?":
        - text: ""
        - radio "Partner or ex-partner"
        - text: Partner or ex-partner
        - radio "Family member"
        - text: Family member
        - radio "Acquaintance"
        - text: Acquaintance
        - radio "Colleague"
        - text: Colleague
        - radio "Stranger"
        - text: Stranger
        - radio "Not known"
        - text: Not known
      - group "Are they the primary victim or a connected person?":
        - text: ""
        - radio "Primary victim"
        - text: ""
        - radio "Connected person (for example family, friend or colleague of the victim)"
        - text: Connected person (for example family, friend or colleague of the victim)
      - button "Remove person 2"
  `);
  await expect(triage.button("Add another person")).toMatchAriaSnapshot(`
    - button "Add another person"
  `);
});

test("the task list", async ({ page }) => {
  await gotoApp(page, "triage");
  await expect(page.locator(".task-list")).toMatchAriaSnapshot(`
    - list "Sections of the triage":
      - listitem:
        - link "About you":
          - /url: /triage/about-you
        - text: Not started
      - listitem:
        - link "The investigation":
          - /url: /triage/investigation
        - text: Not started
      - listitem:
        - link "People to protect":
          - /url: /triage/people
        - text: Not started
      - listitem:
        - link "The respondent":
          - /url: /triage/respondent
        - text: Not started
      - listitem:
        - link "Stalking behaviour and risk":
          - /url: /triage/behaviour-and-risk
        - text: Not started
      - listitem:
        - link "Existing orders and measures":
          - /url: /triage/existing-orders
        - text: Not started
      - listitem:
        - link "Order sought":
          - /url: /triage/order-sought
        - text: Not started
      - listitem:
        - link "Summary of the case":
          - /url: /triage/summary
        - text: Not started
      - listitem:
        - link "Proposed conditions":
          - /url: /triage/conditions
        - text: Not started
      - listitem:
        - link "The victim's views":
          - /url: /triage/victim-views
        - text: Not started
  `);
});

test("the conditions list", async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open();
  await builder.add("contact", "No contact with the protected person");
  await builder.add("loiter", "No waiting, loitering or parking outside a named place");
  await builder.condition(1).slot("Name of the person to be protected").fill("Alex Example");
  await expect(builder.chosenList).toMatchAriaSnapshot(`
    - region "Conditions in this set":
      - heading "Conditions in this set" [level=2]
      - list:
        - listitem:
          - 'group "Condition 1: No contact with the protected person"':
            - 'heading "Condition 1: No contact with the protected person" [level=3]'
            - paragraph: Prohibition · Contact
            - paragraph: "The respondent must not: contact, or try to contact, Alex Example by any means, including in person, by telephone, text message, email, letter or any social media or messaging service"
            - text: Name of the person to be protected Their full name as it will appear in the order, for example Alex Example
            - textbox "Name of the person to be protected": Alex Example
            - text: Why this condition is necessary Say which risk of stalking it deals with and how, in a sentence or two. The court must find each condition necessary on its own.
            - textbox "Why this condition is necessary"
            - heading "Checks on this condition" [level=4]
            - list:
              - listitem:
                - strong: "Error :"
                - text: Say why this condition is necessary to protect the person from the risk of stalking. The court must be satisfied that each condition is necessary on its own.
            - 'button "Move down condition: No contact with the protected person"'
            - 'button "Remove condition: No contact with the protected person"'
        - listitem:
          - 'group "Condition 2: No waiting, loitering or parking outside a named place"':
            - 'heading "Condition 2: No waiting, loitering or parking outside a named place" [level=3]'
            - paragraph: Prohibition · Places
            - paragraph: "The respondent must not: stop, wait, loiter or park any vehicle within (still to fill in) [distance around the place] of (still to fill in) [name of the place]"
            - group "Distance around the place":
              - text: /Distance around the place A number with its unit, for example \\d+ metres Number/
              - textbox "Number"
              - text: Unit
              - combobox "Unit":
                - option "Choose a unit" [selected]
                - option "metres"
                - option "kilometres"
                - option "yards"
                - option "miles"
            - text: Name of the place For example Riverside Leisure Centre (no home addresses)
            - textbox "Name of the place"
            - text: Why this condition is necessary Say which risk of stalking it deals with and how, in a sentence or two. The court must find each condition necessary on its own.
            - textbox "Why this condition is necessary"
            - heading "Checks on this condition" [level=4]
            - list:
              - listitem:
                - strong: "Error :"
                - text: Enter the distance around the place.
              - listitem:
                - strong: "Error :"
                - text: Enter the name of the place.
              - listitem:
                - strong: "Error :"
                - text: Say why this condition is necessary to protect the person from the risk of stalking. The court must be satisfied that each condition is necessary on its own.
            - 'button "Move up condition: No waiting, loitering or parking outside a named place"'
            - 'button "Remove condition: No waiting, loitering or parking outside a named place"'
  `);
});
