import type { Comment, Consultation, Store } from "@cwd/core";
import { demoPartnershipId } from "./seed.js";

const day = 86_400_000;

/** A sample draft diagnosis, section by section: demonstration text, not the partnership's. */
const draftDiagnosis: Consultation["sections"] = [
  {
    id: "demografia",
    title: { pl: "1. Ludność (przykład)" },
    paragraphs: [
      { id: "demografia-1", text: { pl: "Liczba mieszkańców obszaru partnerstwa spada od 2010 roku." } },
      {
        id: "demografia-2",
        text: { pl: "Młodzi wyjeżdżają na studia i do pracy do Białegostoku i Warszawy." },
      },
    ],
  },
  {
    id: "transport",
    title: { pl: "2. Transport (przykład)" },
    paragraphs: [
      { id: "transport-1", text: { pl: "Wiele wsi nie ma żadnego połączenia autobusowego w dni wolne." } },
      {
        id: "transport-2",
        text: { pl: "Stacja kolejowa w Szepietowie łączy obszar z Warszawą i Białymstokiem." },
      },
    ],
  },
];

function consultation(id: string, title: string, opensAt: number, closesAt: number): Consultation {
  return {
    id,
    partnershipId: demoPartnershipId,
    title: { pl: title },
    description: { pl: "Dane przykładowe: tekst diagnozy i uwagi służą pokazaniu narzędzi." },
    kind: "other",
    subject: "document",
    sections: draftDiagnosis,
    noticeAt: new Date(opensAt).toISOString(),
    opensAt: new Date(opensAt).toISOString(),
    closesAt: new Date(closesAt).toISOString(),
    channels: [{ pl: "e-mail: konsultacje@example.gov.pl (przykład)" }],
    moderation: "after",
    hideAfterReports: 3,
  };
}

/**
 * Seeds a sample consultation of a draft diagnosis, dated from `now`, closed with two comments, their
 * answers and its published report (the demo document holds the open one, konsultacje-projektu-diagnozy). Comments are taken only
 * while a consultation is open, so the closed one is written open first and closed after.
 */
export async function seedConsultations(store: Store, now: Date): Promise<void> {
  const t = now.getTime();
  const past = consultation(
    "konsultacje-wstepnej-diagnozy",
    "Wstępna diagnoza obszaru (przykład, zakończone)",
    t - 60 * day,
    t + 3_600_000,
  );
  const stored = await store.put("consultations", past);
  const comments: Comment[] = [
    {
      id: "5f0c6f2e-1d3a-4c55-9a10-000000000001",
      partnershipId: demoPartnershipId,
      consultationId: past.id,
      target: { kind: "paragraph", id: "transport-1", passage: "w dni wolne" },
      stance: "against",
      text: "W soboty nie dojadę do przychodni. (przykład)",
      submittedAt: new Date(t - 50 * day).toISOString(),
    },
    {
      id: "5f0c6f2e-1d3a-4c55-9a10-000000000002",
      partnershipId: demoPartnershipId,
      consultationId: past.id,
      target: { kind: "section", id: "demografia" },
      stance: "in_favour",
      text: "Dobrze opisane, dodajcie dane o dojazdach do pracy. (przykład)",
      submittedAt: new Date(t - 45 * day).toISOString(),
    },
  ];
  for (const comment of comments) await store.submit("comments", comment);
  const answers = [
    { position: "accepted", justification: "Dodamy wskaźnik dostępności komunikacji w weekendy." },
    { position: "partly_accepted", justification: "Dane o dojazdach dodamy, gdy GUS je opublikuje." },
  ] as const;
  for (const [i, { position, justification }] of answers.entries()) {
    const comment = comments[i] as Comment;
    await store.put("answers", {
      id: comment.id,
      partnershipId: demoPartnershipId,
      consultationId: past.id,
      commentId: comment.id,
      position,
      justification: { pl: justification },
      answeredAt: new Date(t - 20 * day).toISOString(),
    });
  }
  await store.put("consultations", {
    ...stored,
    closesAt: new Date(t - 30 * day).toISOString(),
    reportPublishedAt: new Date(t - 10 * day).toISOString(),
  });
}
