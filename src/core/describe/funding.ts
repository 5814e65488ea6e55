import type { Funding } from "../dataset/schema";
import { FUNDING_LABELS } from "./labels";

/**
 * Who pays for a step, with the dataset's note on it when there is one.
 * @example describeFunding("salaried-trainee-post", "Paid at band 6.") // "Salaried trainee post. Paid at band 6."
 */
export function describeFunding(funding: Funding, note?: string | null): string {
  return note === undefined || note === null
    ? FUNDING_LABELS[funding]
    : `${FUNDING_LABELS[funding]}. ${note}`;
}
