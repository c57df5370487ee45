import geoJson from "./schemas/GeoJSON-schema.json";
import v1_1 from "./schemas/ninjs-schema_1.1.json";
import v1_2 from "./schemas/ninjs-schema_1.2.json";
import v1_3 from "./schemas/ninjs-schema_1.3.json";
import v1_4 from "./schemas/ninjs-schema_1.4.json";
import v1_5 from "./schemas/ninjs-schema_1.5.json";
import v1_6 from "./schemas/ninjs-schema_1.6.json";
import v1_7 from "./schemas/ninjs-schema_1.7.json";
import v2_0 from "./schemas/ninjs-schema_2.0.json";
import v2_1 from "./schemas/ninjs-schema_2.1.json";
import v2_2 from "./schemas/ninjs-schema_2.2.json";
import v2_3 from "./schemas/ninjs-schema_2.3.json";
import v3_0 from "./schemas/ninjs-schema_3.0.json";
import v3_1 from "./schemas/ninjs-schema_3.1.json";
import v3_2 from "./schemas/ninjs-schema_3.2.json";

/** IPTC's published ninjs schemas (schemas/README.md), by version. */
export const NINJS_SCHEMAS: Readonly<Record<string, object>> = {
  "1.1": v1_1,
  "1.2": v1_2,
  "1.3": v1_3,
  "1.4": v1_4,
  "1.5": v1_5,
  "1.6": v1_6,
  "1.7": v1_7,
  "2.0": v2_0,
  "2.1": v2_1,
  "2.2": v2_2,
  "2.3": v2_3,
  "3.0": v3_0,
  "3.1": v3_1,
  "3.2": v3_2,
};

/** The schema every 2.x and 3.x schema refers to for places' geometry. */
export const GEOJSON_SCHEMA: object = geoJson;

/** The newest version of each major: what a document that declares none is validated with. */
export const LATEST: Readonly<Record<1 | 2 | 3, string>> = { 1: "1.7", 2: "2.3", 3: "3.2" };
