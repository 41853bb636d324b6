/**
 * What `support-widget init` writes: an English pack with a few example answers. Everything
 * the site must replace is marked: channels carry `placeholder: true` and use reserved
 * example domains; text to rewrite says TODO (check warns about both).
 */
export function scaffoldFiles(productId: string, idFromFolder: boolean): Map<string, string> {
  const files = new Map<string, string>();
  files.set(
    'en/_pack.yaml',
    `# Settings of the English pack. Each answer is a .md file in this folder; see docs/authoring.md
# of the support-widget package for every field. Interface strings (button labels, the
# "can't reach support" advice) are built in: add "ui:" or "fallback:" only to change them.
meta:
${idFromFolder ? '' : `  id: ${productId}\n`}  product: Example product # TODO: your product's name
  version: 1.0.0

# Categories of answers, in display order. Each answer names one in its "category:".
categories:
  - id: account
    label: Your account
  - id: contact
    label: Contacting support

# Words your visitors use for the same thing; search treats each group as one word.
synonyms:
  - [password, passcode, sign-in code]
  - [contact, reach, talk to]

# PLACEHOLDERS: replace every channel with your real one and delete its "placeholder: true".
# "support-widget build" refuses placeholder channels (use --demo to try the widget with them).
contact:
  channels:
    - id: help-center
      type: help-center
      label: Help centre
      value: https://help.example.com
      priority: 5
      placeholder: true
    - id: live-chat
      type: live-chat
      label: Live chat
      value: https://chat.example.com
      responseMinutes: 5
      priority: 10
      # Opening hours in your support team's time zone; visitors see them in theirs.
      hours:
        timeZone: Europe/London
        weekly:
          mon: ["09:00-17:30"]
          tue: ["09:00-17:30"]
          wed: ["09:00-17:30"]
          thu: ["09:00-17:30"]
          fri: ["09:00-17:00"]
      placeholder: true
    - id: email
      type: email
      label: Email
      value: support@example.com
      responseMinutes: 1440
      priority: 20
      placeholder: true
`,
  );
  files.set(
    'en/contact-support.md',
    `---
question: How do I contact support?
category: contact
keywords: [help, support team, get in touch]
related: [report-a-problem]
popular: true
---

Open the **Contact** tab of this panel: it lists every official channel, which ones are open
now and when the others open, in your time zone.

> [!WARNING]
> **We never ask for your password** or for a code we sent you, by email, chat or phone.
> Anyone who asks is not us.
`,
  );
  files.set(
    'en/reset-password.md',
    `---
question: I forgot my password. What can I do?
category: account
keywords: [forgot password, can't sign in, locked out, reset]
related: [contact-support]
popular: true
---

TODO: say where your product's password reset is, with a link, for example
[your sign-in page](https://example.com/sign-in).

If the reset email does not arrive:

- Check your spam or junk folder.
- Make sure you typed the email address you signed up with.
- Wait a few minutes, then ask for a new link.
`,
  );
  files.set(
    'en/report-a-problem.md',
    `---
question: What should I include when I report a problem?
category: contact
keywords: [bug, error, something went wrong, report]
related: [contact-support]
---

A few details let support help you on the first reply:

1. What you were trying to do.
2. What happened instead, with the exact error message.
3. When it happened, and your time zone.
4. Your device, operating system and browser.

> [!WARNING]
> Never include your password. Support does not need it to help you.
`,
  );
  return files;
}
