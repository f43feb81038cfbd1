import { describe, expect, it } from "vitest";
import { checkTerc } from "./terc.js";

describe("checkTerc", () => {
  it("accepts the real codes of Ziemia Wysokomazowiecka", () => {
    expect(checkTerc("2013", "powiat")).toBeUndefined();
    expect(checkTerc("2013011", "gmina_miejska")).toBeUndefined();
    expect(checkTerc("2013102", "gmina_wiejska")).toBeUndefined();
    expect(checkTerc("2013023", "gmina_miejsko_wiejska")).toBeUndefined();
  });

  it("accepts a city with powiat rights (Białystok)", () => {
    expect(checkTerc("2061011", "miasto_na_prawach_powiatu")).toBeUndefined();
  });

  it("rejects a RODZ digit that does not fit the kind", () => {
    expect(checkTerc("2013012", "gmina_miejska")).toMatch(/ends in 1/);
    expect(checkTerc("2013023", "gmina_wiejska")).toMatch(/ends in 2/);
  });

  it("rejects wrong lengths, voivodeships and powiat parts", () => {
    expect(checkTerc("201301", "gmina_wiejska")).toMatch(/7 digits/);
    expect(checkTerc("2013011", "powiat")).toMatch(/4 digits/);
    expect(checkTerc("2113", "powiat")).toMatch(/not a voivodeship/);
    expect(checkTerc("2000", "powiat")).toMatch(/00/);
    expect(checkTerc("2013011", "miasto_na_prawach_powiatu")).toMatch(/61 or more/);
    expect(checkTerc("2061", "powiat")).toMatch(/miasto na prawach powiatu/);
    expect(checkTerc("2013001", "gmina_miejska")).toMatch(/gmina part/);
  });
});
