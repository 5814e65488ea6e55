import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { careerDataFromBuild, mapDataFromBuild } from "../../../src/core/built-career-data";
import { prepareCareerData } from "../../../src/core/career-data";
import { contentHash } from "../../../src/core/dataset/content-hash";
import { mapIndexOf } from "../../../src/core/dataset/map-index";

/** What the build writes out: the bundled data validated and normalised, and the fingerprints of that text. */
function built() {
  const prepared = prepareCareerData(
    JSON.parse(readFileSync("data/careers.json", "utf8")),
    JSON.parse(readFileSync("data/pay-bands.json", "utf8")),
  );
  if (!prepared.ok) throw new Error("The bundled data should be valid.");
  const datasetText = JSON.stringify(prepared.data.dataset);
  const mapIndexText = JSON.stringify(mapIndexOf(prepared.data.dataset));
  const payTableText = JSON.stringify(prepared.data.payTable);
  return {
    prepared: prepared.data,
    datasetText,
    mapIndexText,
    payTableText,
    hashes: {
      dataset: contentHash(datasetText),
      mapIndex: contentHash(mapIndexText),
      payTable: contentHash(payTableText),
    },
  };
}

describe("contentHash", () => {
  it("gives the same text the same fingerprint and any change another", () => {
    const text = readFileSync("data/careers.json", "utf8");
    expect(contentHash(text)).toBe(contentHash(`${text}`));
    expect(contentHash(text)).not.toBe(contentHash(text.replace("Mental health", "Mental-health")));
    expect(contentHash(text)).not.toBe(contentHash(`${text} `));
    expect(contentHash('{"a":1}')).not.toBe(contentHash('{"a":2}'));
  });
});

describe("careerDataFromBuild", () => {
  it("takes the build's own files as they are, with the same data the validator gives", () => {
    const { prepared, datasetText, payTableText, hashes } = built();
    const data = careerDataFromBuild(datasetText, payTableText, hashes);
    expect(data?.dataset).toEqual(prepared.dataset);
    expect(data?.payTable).toEqual(prepared.payTable);
    expect([...(data?.graph.nodes.keys() ?? [])]).toEqual([...prepared.graph.nodes.keys()]);
  });

  it("refuses a file a host changed after the build, so the app validates it", () => {
    const { datasetText, payTableText, hashes } = built();
    const swapped = datasetText.replace('"title":"Mental health support worker"', '"title":""');
    expect(swapped).not.toBe(datasetText);
    expect(careerDataFromBuild(swapped, payTableText, hashes)).toBeNull();
    expect(careerDataFromBuild(datasetText, payTableText.replace("2025/26", "2026/27"), hashes)).toBeNull();
  });

  it("refuses everything when the build wrote no fingerprints (the development server)", () => {
    const { datasetText, payTableText } = built();
    expect(careerDataFromBuild(datasetText, payTableText, null)).toBeNull();
  });
});

describe("mapDataFromBuild", () => {
  it("takes the build's own map index, with the whole graph's nodes and edges in the same order", () => {
    const { prepared, mapIndexText, payTableText, hashes } = built();
    const map = mapDataFromBuild(mapIndexText, payTableText, hashes);
    expect([...(map?.graph.nodes.keys() ?? [])]).toEqual([...prepared.graph.nodes.keys()]);
    expect(map?.graph.edges.map((edge) => edge.key)).toEqual(prepared.graph.edges.map((edge) => edge.key));
  });

  it("refuses an index or pay table that is not the build's, and the whole dataset in its place", () => {
    const { datasetText, mapIndexText, payTableText, hashes } = built();
    expect(
      mapDataFromBuild(mapIndexText.replace("Counsellor", "Counselor"), payTableText, hashes),
    ).toBeNull();
    expect(mapDataFromBuild(mapIndexText, `${payTableText} `, hashes)).toBeNull();
    expect(mapDataFromBuild(datasetText, payTableText, hashes)).toBeNull();
    expect(mapDataFromBuild(mapIndexText, payTableText, null)).toBeNull();
  });
});
