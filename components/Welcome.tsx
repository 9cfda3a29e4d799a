export interface WelcomeProps {
  /** Name and size of the list Hangup ships with. */
  defaultList?: { name: string; count: number; vendors: string[] };
  onOpenSettings: () => void;
}

/** Shown once, after install: what Hangup does, what it never does, and how to add a vendor's list. */
export function Welcome({ defaultList, onOpenSettings }: WelcomeProps) {
  return (
    <main class="options welcome">
      <h1>
        <img src="/icon/48.png" alt="" width="32" height="32" /> Welcome to Hangup
      </h1>
      <section aria-labelledby="what-heading">
        <h2 id="what-heading">What it does</h2>
        <p>
          Scammers pretend to be a company's support or billing desk — by e-mail, on web pages, on the phone — and push you to call them. Hangup puts a
          warning next to phone numbers that are known scam numbers, explains why, and shows the company's real contact. On webmail it also warns about
          messages that pretend to be a company and push you to call.
        </p>
        <p>
          If a page says your computer is infected or blocked and tells you to call: <strong>it is a scam. Close the tab, do not call.</strong>
        </p>
      </section>
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Your privacy</h2>
        <ul>
          <li>Hangup reads pages and mail in your browser only. Nothing you read is sent anywhere.</li>
          <li>Lists of scam numbers are downloaded and checked on your device.</li>
          <li>
            Hangup sends something only when you click <em>Report</em> on a warning or in the toolbar button, and shows you exactly what will be sent first.
          </li>
        </ul>
      </section>
      <section aria-labelledby="lists-heading">
        <h2 id="lists-heading">Lists of scam numbers</h2>
        {defaultList && (
          <p>
            Hangup starts with <strong>{defaultList.name}</strong> ({defaultList.count.toLocaleString()} numbers
            {defaultList.vendors.length ? `, for ${defaultList.vendors.join(', ')}` : ''}), which works offline.
          </p>
        )}
        <p>
          Companies can publish signed lists of the numbers that impersonate them. To add one, copy its address and key fingerprint from the company's
          website into Hangup's settings.
        </p>
        <button type="button" onClick={onOpenSettings}>
          Open settings
        </button>
      </section>
    </main>
  );
}
