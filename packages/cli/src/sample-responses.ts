import { choiceIds, type Question, type Survey, type SurveyResponse } from "@cwd/core";

/**
 * A small seeded generator (Park-Miller), so the demo's sample responses are the same on every run.
 *
 * @example
 * const random = seededRandom(8); random(5) // an integer from 0 to 4
 */
export function seededRandom(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state * 48271) % 2147483647;
    return Math.floor((state / 2147483647) * below);
  };
}

/** An answer a respondent might give; undefined for questions a sample leaves blank (text, date …). */
function sampleAnswer(question: Question, memberIds: string[], random: (below: number) => number) {
  switch (question.type) {
    case "member":
      return memberIds[random(memberIds.length)];
    case "single_choice":
      return question.options[random(question.options.length)]?.id;
    case "multiple_choice": {
      const ids = question.options.map((o) => o.id);
      const picks = Math.max(question.minChoices ?? 1, Math.min(question.maxChoices ?? 2, 1 + random(2)));
      const chosen = new Set<string>();
      while (chosen.size < Math.min(picks, ids.length)) chosen.add(ids[random(ids.length)] as string);
      return [...chosen];
    }
    case "scale":
      return question.min + random(question.max - question.min + 1);
    case "ranking": {
      const ids = choiceIds(question);
      for (let i = ids.length - 1; i > 0; i--) {
        const j = random(i + 1);
        [ids[i], ids[j]] = [ids[j] as string, ids[i] as string];
      }
      return ids.slice(0, question.top ?? ids.length);
    }
    case "matrix":
      return Object.fromEntries(
        question.rows.map((row) => [row.id, question.min + random(question.max - question.min + 1)]),
      );
    default:
      return undefined;
  }
}

/**
 * `count` SAMPLE responses to a survey, made deterministically from `seed`: every question of a kind
 * a sample can answer gets an answer (the store drops those its logic hides). They show what the
 * results look like; they are nobody's opinion.
 *
 * @example
 * sampleResponses(survey, ["gmina-klukowo"], 80, 8).length // 80
 */
export function sampleResponses(
  survey: Survey,
  memberIds: string[],
  count: number,
  seed: number,
): SurveyResponse[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, n) => {
    const answers: SurveyResponse["answers"] = {};
    for (const question of survey.sections.flatMap((s) => s.questions)) {
      const answer = sampleAnswer(question, memberIds, random);
      if (answer !== undefined) answers[question.id] = answer;
    }
    return {
      id: `5a3e0000-0000-4000-8000-${(seed * 100_000 + n).toString(16).padStart(12, "0")}`,
      partnershipId: survey.partnershipId,
      surveyId: survey.id,
      submittedAt: "2026-10-15T12:00:00Z",
      answers,
    };
  });
}
