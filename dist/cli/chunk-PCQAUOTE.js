import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  __commonJS,
  __toESM
} from "./chunk-TB6QAKHI.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// src/schema/generated/own-validators.js
var runtimeModule0 = __toESM(require_ucs2length(), 1);
var runtimeModule1 = __toESM(require_equal(), 1);
var runtimeModule2 = __toESM(require_formats(), 1);
var commonJsExports = (namespace) => namespace.default && namespace.default.__esModule ? namespace.default : namespace;
var runtime0 = commonJsExports(runtimeModule0);
var runtime1 = commonJsExports(runtimeModule1);
var runtime2 = commonJsExports(runtimeModule2);
var config = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://b3os-readiness.dev/schemas/config.schema.json", "title": "b3os-readiness configuration (.github/b3os-readiness.yml)", "description": "Configuration of the B3OS production-readiness gate. On a pull request it is read from the base ref, so a change cannot relax its own check.", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string", "description": "Editor hint; ignored by the gate." }, "version": { "const": 1, "description": "Configuration format version." }, "preset": { "enum": ["workflows", "b3os-sdk"], "description": "`workflows` (default): a repository of B3OS workflows. `b3os-sdk`: the actions SDK repository (b3-fun/b3os): action folders under packages/sdk/actions/<id>/ and the older actions/<id>/ must have schema.ts, execute.ts, index.ts (re-exporting the action) and a test file; no docs pages are required (the docs site generates them)." }, "paths": { "type": "object", "additionalProperties": false, "description": "Where each kind of object lives. Each list replaces the default list. `{slug}`, `{id}`, `{type}` or `{env}` captures one path segment; `*` matches within a segment, `**` any depth.", "properties": { "workflows": { "type": "array", "minItems": 1, "maxItems": 20, "items": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, "description": "Patterns for workflows." }, "manifests": { "type": "array", "minItems": 1, "maxItems": 20, "items": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, "description": "Patterns for manifests." }, "runbooks": { "type": "array", "minItems": 1, "maxItems": 20, "items": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, "description": "Patterns for runbooks." }, "sdkActions": { "type": "array", "minItems": 1, "maxItems": 20, "items": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, "description": "Patterns for sdkActions." }, "actions": { "type": "array", "minItems": 1, "maxItems": 20, "items": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, "description": "Patterns for actions." }, "triggers": { "type": "array", "minItems": 1, "maxItems": 20, "items": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, "description": "Patterns for triggers." }, "templates": { "type": "array", "minItems": 1, "maxItems": 20, "items": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, "description": "Patterns for templates." }, "environments": { "type": "array", "minItems": 1, "maxItems": 20, "items": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, "description": "Patterns for environments." }, "openapi": { "type": "array", "minItems": 1, "maxItems": 20, "items": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, "description": "Patterns for openapi." }, "catalog": { "type": "array", "minItems": 1, "maxItems": 20, "items": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, "description": "Patterns for catalog." }, "changelog": { "type": "array", "minItems": 1, "maxItems": 20, "items": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, "description": "Patterns for changelog." }, "actionDocs": { "type": "array", "minItems": 1, "maxItems": 20, "items": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, "description": "Patterns for actionDocs." }, "logicDocs": { "type": "array", "minItems": 1, "maxItems": 20, "items": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, "description": "Patterns for logicDocs." }, "triggerDocs": { "type": "array", "minItems": 1, "maxItems": 20, "items": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, "description": "Patterns for triggerDocs." }, "apiDocs": { "type": "array", "minItems": 1, "maxItems": 20, "items": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, "description": "Patterns for apiDocs." }, "exampleDocs": { "type": "array", "minItems": 1, "maxItems": 20, "items": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, "description": "Patterns for exampleDocs." }, "runbookDocs": { "type": "array", "minItems": 1, "maxItems": 20, "items": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, "description": "Patterns for runbookDocs." } } }, "docs": { "type": "object", "additionalProperties": false, "description": "Docs page conventions.", "properties": { "headings": { "type": "object", "additionalProperties": false, "description": "Section headings of an action or trigger docs page.", "properties": { "glance": { "type": "string", "minLength": 1, "maxLength": 100 }, "payload": { "type": "string", "minLength": 1, "maxLength": 100 }, "result": { "type": "string", "minLength": 1, "maxLength": 100 }, "examples": { "type": "string", "minLength": 1, "maxLength": 100 } } }, "layout": { "enum": ["repository", "docs-site"], "description": "Where action and trigger pages live: `repository` (default) under docs/actions/reference/generated/<id>.md and docs/triggers/reference/<type>.md; `docs-site` as the public docs site has them: actions/reference/generated/<id>, actions/reference/built-ins/<id>, actions/reference/logic/<id>, actions/trigger-reference/triggers/<type> (.md or .mdx). A `paths` list still wins." } } }, "items": { "type": "object", "additionalProperties": false, "description": "Per-item enforcement: `error` keeps findings as they are, `warning` or `notice` lowers errors so the item cannot block, `off` disables the item.", "properties": { "definition-validates": { "enum": ["error", "warning", "notice", "off"] }, "connectors-scoped": { "enum": ["error", "warning", "notice", "off"] }, "wallet-actions-bounded": { "enum": ["error", "warning", "notice", "off"] }, "failure-paths-observable": { "enum": ["error", "warning", "notice", "off"] }, "docs-updated": { "enum": ["error", "warning", "notice", "off"] }, "api-keys-scoped": { "enum": ["error", "warning", "notice", "off"] }, "credentials-in-connectors": { "enum": ["error", "warning", "notice", "off"] }, "wallets-dedicated": { "enum": ["error", "warning", "notice", "off"] }, "webhooks-verified": { "enum": ["error", "warning", "notice", "off"] }, "templates-portable": { "enum": ["error", "warning", "notice", "off"] }, "public-contract": { "enum": ["error", "warning", "notice", "off"] } } }, "failOn": { "enum": ["error", "warning"], "description": "`error`: the gate fails on blocking items. `warning`: also on any warning." }, "waivers": { "type": "array", "maxItems": 200, "description": "Findings that pass until a date, with a reason and an approver.", "items": { "type": "object", "additionalProperties": false, "required": ["rule", "reason", "approver", "expires"], "properties": { "rule": { "type": "string", "pattern": "^[a-z0-9-]+(/[a-z0-9-]+)?$", "description": "An item id (all its rules) or a rule id `<item>/<rule>`." }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 200 }, "description": "Files the waiver covers (patterns); all files when omitted." }, "nodes": { "type": "array", "maxItems": 200, "items": { "type": "string", "pattern": "^[^#]+#[^#]+$", "maxLength": 300 }, "description": "Workflow nodes the waiver covers, each `<workflow path>#<node id>`; all nodes when omitted." }, "types": { "type": "array", "maxItems": 200, "items": { "type": "string", "minLength": 1, "maxLength": 200 }, "description": "Action or trigger types the waiver covers: findings in nodes of those types and in the types' own files; all types when omitted." }, "reason": { "type": "string", "minLength": 3, "maxLength": 300 }, "approver": { "type": "string", "minLength": 2, "maxLength": 100, "description": "Who approved it: a GitHub user `@login` or a team `@org/team`. A waiver a pull request adds or changes applies only once that user (or a member of that team), not the author, approves the pull request's head commit." }, "expires": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "description": "Last day the waiver holds (UTC), `YYYY-MM-DD`." } } } }, "policy": { "type": "object", "additionalProperties": false, "description": "Time limits and lists of the readiness policy.", "properties": { "evidenceMaxAgeDays": { "type": "integer", "minimum": 1, "maximum": 3650, "description": "Simulation, dust-test or testnet evidence older than this many days is a warning (wallet-actions-bounded/evidence-age). Default 180." }, "failureEvents": { "type": "array", "minItems": 1, "maxItems": 50, "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-z][a-z_]*(?:\\.[a-z][a-z_]*)+$" }, "description": "Execution webhook events through which a failure must reach someone: the environment of every workflow needs an active execution webhook subscribed to all of them, with maxRetries of at least 1 (failure-paths-observable/execution-webhook). Replaces the default [run.failed, node.failed]." }, "wellKnownTokens": { "type": "array", "maxItems": 500, "uniqueItems": true, "items": { "type": "string", "pattern": "^0x[0-9a-fA-F]{40}$" }, "description": "Token contract addresses (EVM, any letter case) that a template may name literally because they are the same for every organization, e.g. USDC on Base (templates-portable/literal-address). Replaces the default list: USDC on Base, Ethereum, Arbitrum, Optimism and Polygon, USDT, DAI and WETH on Ethereum, WETH on Base and Optimism." }, "keyRotationDays": { "type": "integer", "minimum": 1, "maximum": 3650, "description": "An API key in an environment's `apiKeys` inventory last rotated more than this many days ago fails api-keys-scoped/key-rotation. Default 90." }, "maxWaiverDays": { "type": "integer", "minimum": 1, "maximum": 3650, "description": "A waiver may expire at most this many calendar days after the day of the run; a later expiry is an error at the waiver's line. Default 90." } } }, "limits": { "type": "object", "additionalProperties": false, "description": "Caps applied before parsing repository files.", "properties": { "maxFileBytes": { "type": "integer", "minimum": 1024, "maximum": 16777216 }, "maxYamlBytes": { "type": "integer", "minimum": 1024, "maximum": 4194304, "description": "Cap for YAML files (default 256 KiB): YAML parses slower than JSON." }, "maxDepth": { "type": "integer", "minimum": 8, "maximum": 256 }, "maxNodes": { "type": "integer", "minimum": 100, "maximum": 1e6 }, "maxAliases": { "type": "integer", "minimum": 0, "maximum": 1e3 } } } } };
var func1 = Object.prototype.hasOwnProperty;
var func3 = runtime0.default;
var pattern4 = new RegExp("^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$", "u");
var pattern21 = new RegExp("^[a-z0-9-]+(/[a-z0-9-]+)?$", "u");
var pattern22 = new RegExp("^[^#]+#[^#]+$", "u");
var pattern23 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
var pattern24 = new RegExp("^[a-z][a-z_]*(?:\\.[a-z][a-z_]*)+$", "u");
var pattern25 = new RegExp("^0x[0-9a-fA-F]{40}$", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.$schema.type, parentSchema: schema31.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (1 !== data1) {
        const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema31.properties.version, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.preset !== void 0) {
      let data2 = data.preset;
      if (!(data2 === "workflows" || data2 === "b3os-sdk")) {
        const err3 = { instancePath: instancePath + "/preset", schemaPath: "#/properties/preset/enum", keyword: "enum", params: { allowedValues: schema31.properties.preset.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.preset.enum, parentSchema: schema31.properties.preset, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.paths !== void 0) {
      let data3 = data.paths;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!func1.call(schema31.properties.paths.properties, key1)) {
            const err4 = { instancePath: instancePath + "/paths", schemaPath: "#/properties/paths/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.paths, data: data3 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data3.workflows !== void 0) {
          let data4 = data3.workflows;
          if (Array.isArray(data4)) {
            if (data4.length > 20) {
              const err5 = { instancePath: instancePath + "/paths/workflows", schemaPath: "#/properties/paths/properties/workflows/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema31.properties.paths.properties.workflows, data: data4 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data4.length < 1) {
              const err6 = { instancePath: instancePath + "/paths/workflows", schemaPath: "#/properties/paths/properties/workflows/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.paths.properties.workflows, data: data4 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data5 = data4[i0];
              if (typeof data5 === "string") {
                if (func3(data5) > 200) {
                  const err7 = { instancePath: instancePath + "/paths/workflows/" + i0, schemaPath: "#/properties/paths/properties/workflows/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema31.properties.paths.properties.workflows.items, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
                if (func3(data5) < 1) {
                  const err8 = { instancePath: instancePath + "/paths/workflows/" + i0, schemaPath: "#/properties/paths/properties/workflows/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.paths.properties.workflows.items, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
                if (!pattern4.test(data5)) {
                  const err9 = { instancePath: instancePath + "/paths/workflows/" + i0, schemaPath: "#/properties/paths/properties/workflows/items/pattern", keyword: "pattern", params: { pattern: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, message: 'must match pattern "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$"', schema: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$", parentSchema: schema31.properties.paths.properties.workflows.items, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              } else {
                const err10 = { instancePath: instancePath + "/paths/workflows/" + i0, schemaPath: "#/properties/paths/properties/workflows/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.paths.properties.workflows.items.type, parentSchema: schema31.properties.paths.properties.workflows.items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/paths/workflows", schemaPath: "#/properties/paths/properties/workflows/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.paths.properties.workflows.type, parentSchema: schema31.properties.paths.properties.workflows, data: data4 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data3.manifests !== void 0) {
          let data6 = data3.manifests;
          if (Array.isArray(data6)) {
            if (data6.length > 20) {
              const err12 = { instancePath: instancePath + "/paths/manifests", schemaPath: "#/properties/paths/properties/manifests/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema31.properties.paths.properties.manifests, data: data6 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data6.length < 1) {
              const err13 = { instancePath: instancePath + "/paths/manifests", schemaPath: "#/properties/paths/properties/manifests/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.paths.properties.manifests, data: data6 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            const len1 = data6.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data7 = data6[i1];
              if (typeof data7 === "string") {
                if (func3(data7) > 200) {
                  const err14 = { instancePath: instancePath + "/paths/manifests/" + i1, schemaPath: "#/properties/paths/properties/manifests/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema31.properties.paths.properties.manifests.items, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
                if (func3(data7) < 1) {
                  const err15 = { instancePath: instancePath + "/paths/manifests/" + i1, schemaPath: "#/properties/paths/properties/manifests/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.paths.properties.manifests.items, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                if (!pattern4.test(data7)) {
                  const err16 = { instancePath: instancePath + "/paths/manifests/" + i1, schemaPath: "#/properties/paths/properties/manifests/items/pattern", keyword: "pattern", params: { pattern: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, message: 'must match pattern "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$"', schema: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$", parentSchema: schema31.properties.paths.properties.manifests.items, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/paths/manifests/" + i1, schemaPath: "#/properties/paths/properties/manifests/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.paths.properties.manifests.items.type, parentSchema: schema31.properties.paths.properties.manifests.items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/paths/manifests", schemaPath: "#/properties/paths/properties/manifests/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.paths.properties.manifests.type, parentSchema: schema31.properties.paths.properties.manifests, data: data6 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data3.runbooks !== void 0) {
          let data8 = data3.runbooks;
          if (Array.isArray(data8)) {
            if (data8.length > 20) {
              const err19 = { instancePath: instancePath + "/paths/runbooks", schemaPath: "#/properties/paths/properties/runbooks/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema31.properties.paths.properties.runbooks, data: data8 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data8.length < 1) {
              const err20 = { instancePath: instancePath + "/paths/runbooks", schemaPath: "#/properties/paths/properties/runbooks/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.paths.properties.runbooks, data: data8 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            const len2 = data8.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data9 = data8[i2];
              if (typeof data9 === "string") {
                if (func3(data9) > 200) {
                  const err21 = { instancePath: instancePath + "/paths/runbooks/" + i2, schemaPath: "#/properties/paths/properties/runbooks/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema31.properties.paths.properties.runbooks.items, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
                if (func3(data9) < 1) {
                  const err22 = { instancePath: instancePath + "/paths/runbooks/" + i2, schemaPath: "#/properties/paths/properties/runbooks/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.paths.properties.runbooks.items, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                if (!pattern4.test(data9)) {
                  const err23 = { instancePath: instancePath + "/paths/runbooks/" + i2, schemaPath: "#/properties/paths/properties/runbooks/items/pattern", keyword: "pattern", params: { pattern: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, message: 'must match pattern "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$"', schema: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$", parentSchema: schema31.properties.paths.properties.runbooks.items, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/paths/runbooks/" + i2, schemaPath: "#/properties/paths/properties/runbooks/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.paths.properties.runbooks.items.type, parentSchema: schema31.properties.paths.properties.runbooks.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/paths/runbooks", schemaPath: "#/properties/paths/properties/runbooks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.paths.properties.runbooks.type, parentSchema: schema31.properties.paths.properties.runbooks, data: data8 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data3.sdkActions !== void 0) {
          let data10 = data3.sdkActions;
          if (Array.isArray(data10)) {
            if (data10.length > 20) {
              const err26 = { instancePath: instancePath + "/paths/sdkActions", schemaPath: "#/properties/paths/properties/sdkActions/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema31.properties.paths.properties.sdkActions, data: data10 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data10.length < 1) {
              const err27 = { instancePath: instancePath + "/paths/sdkActions", schemaPath: "#/properties/paths/properties/sdkActions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.paths.properties.sdkActions, data: data10 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            const len3 = data10.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data11 = data10[i3];
              if (typeof data11 === "string") {
                if (func3(data11) > 200) {
                  const err28 = { instancePath: instancePath + "/paths/sdkActions/" + i3, schemaPath: "#/properties/paths/properties/sdkActions/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema31.properties.paths.properties.sdkActions.items, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                if (func3(data11) < 1) {
                  const err29 = { instancePath: instancePath + "/paths/sdkActions/" + i3, schemaPath: "#/properties/paths/properties/sdkActions/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.paths.properties.sdkActions.items, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
                if (!pattern4.test(data11)) {
                  const err30 = { instancePath: instancePath + "/paths/sdkActions/" + i3, schemaPath: "#/properties/paths/properties/sdkActions/items/pattern", keyword: "pattern", params: { pattern: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, message: 'must match pattern "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$"', schema: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$", parentSchema: schema31.properties.paths.properties.sdkActions.items, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              } else {
                const err31 = { instancePath: instancePath + "/paths/sdkActions/" + i3, schemaPath: "#/properties/paths/properties/sdkActions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.paths.properties.sdkActions.items.type, parentSchema: schema31.properties.paths.properties.sdkActions.items, data: data11 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
          } else {
            const err32 = { instancePath: instancePath + "/paths/sdkActions", schemaPath: "#/properties/paths/properties/sdkActions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.paths.properties.sdkActions.type, parentSchema: schema31.properties.paths.properties.sdkActions, data: data10 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data3.actions !== void 0) {
          let data12 = data3.actions;
          if (Array.isArray(data12)) {
            if (data12.length > 20) {
              const err33 = { instancePath: instancePath + "/paths/actions", schemaPath: "#/properties/paths/properties/actions/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema31.properties.paths.properties.actions, data: data12 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data12.length < 1) {
              const err34 = { instancePath: instancePath + "/paths/actions", schemaPath: "#/properties/paths/properties/actions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.paths.properties.actions, data: data12 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            const len4 = data12.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data13 = data12[i4];
              if (typeof data13 === "string") {
                if (func3(data13) > 200) {
                  const err35 = { instancePath: instancePath + "/paths/actions/" + i4, schemaPath: "#/properties/paths/properties/actions/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema31.properties.paths.properties.actions.items, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
                if (func3(data13) < 1) {
                  const err36 = { instancePath: instancePath + "/paths/actions/" + i4, schemaPath: "#/properties/paths/properties/actions/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.paths.properties.actions.items, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                if (!pattern4.test(data13)) {
                  const err37 = { instancePath: instancePath + "/paths/actions/" + i4, schemaPath: "#/properties/paths/properties/actions/items/pattern", keyword: "pattern", params: { pattern: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, message: 'must match pattern "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$"', schema: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$", parentSchema: schema31.properties.paths.properties.actions.items, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              } else {
                const err38 = { instancePath: instancePath + "/paths/actions/" + i4, schemaPath: "#/properties/paths/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.paths.properties.actions.items.type, parentSchema: schema31.properties.paths.properties.actions.items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/paths/actions", schemaPath: "#/properties/paths/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.paths.properties.actions.type, parentSchema: schema31.properties.paths.properties.actions, data: data12 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data3.triggers !== void 0) {
          let data14 = data3.triggers;
          if (Array.isArray(data14)) {
            if (data14.length > 20) {
              const err40 = { instancePath: instancePath + "/paths/triggers", schemaPath: "#/properties/paths/properties/triggers/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema31.properties.paths.properties.triggers, data: data14 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data14.length < 1) {
              const err41 = { instancePath: instancePath + "/paths/triggers", schemaPath: "#/properties/paths/properties/triggers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.paths.properties.triggers, data: data14 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            const len5 = data14.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data15 = data14[i5];
              if (typeof data15 === "string") {
                if (func3(data15) > 200) {
                  const err42 = { instancePath: instancePath + "/paths/triggers/" + i5, schemaPath: "#/properties/paths/properties/triggers/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema31.properties.paths.properties.triggers.items, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
                if (func3(data15) < 1) {
                  const err43 = { instancePath: instancePath + "/paths/triggers/" + i5, schemaPath: "#/properties/paths/properties/triggers/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.paths.properties.triggers.items, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
                if (!pattern4.test(data15)) {
                  const err44 = { instancePath: instancePath + "/paths/triggers/" + i5, schemaPath: "#/properties/paths/properties/triggers/items/pattern", keyword: "pattern", params: { pattern: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, message: 'must match pattern "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$"', schema: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$", parentSchema: schema31.properties.paths.properties.triggers.items, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
              } else {
                const err45 = { instancePath: instancePath + "/paths/triggers/" + i5, schemaPath: "#/properties/paths/properties/triggers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.paths.properties.triggers.items.type, parentSchema: schema31.properties.paths.properties.triggers.items, data: data15 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
          } else {
            const err46 = { instancePath: instancePath + "/paths/triggers", schemaPath: "#/properties/paths/properties/triggers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.paths.properties.triggers.type, parentSchema: schema31.properties.paths.properties.triggers, data: data14 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data3.templates !== void 0) {
          let data16 = data3.templates;
          if (Array.isArray(data16)) {
            if (data16.length > 20) {
              const err47 = { instancePath: instancePath + "/paths/templates", schemaPath: "#/properties/paths/properties/templates/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema31.properties.paths.properties.templates, data: data16 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            if (data16.length < 1) {
              const err48 = { instancePath: instancePath + "/paths/templates", schemaPath: "#/properties/paths/properties/templates/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.paths.properties.templates, data: data16 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            const len6 = data16.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data17 = data16[i6];
              if (typeof data17 === "string") {
                if (func3(data17) > 200) {
                  const err49 = { instancePath: instancePath + "/paths/templates/" + i6, schemaPath: "#/properties/paths/properties/templates/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema31.properties.paths.properties.templates.items, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
                if (func3(data17) < 1) {
                  const err50 = { instancePath: instancePath + "/paths/templates/" + i6, schemaPath: "#/properties/paths/properties/templates/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.paths.properties.templates.items, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
                if (!pattern4.test(data17)) {
                  const err51 = { instancePath: instancePath + "/paths/templates/" + i6, schemaPath: "#/properties/paths/properties/templates/items/pattern", keyword: "pattern", params: { pattern: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, message: 'must match pattern "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$"', schema: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$", parentSchema: schema31.properties.paths.properties.templates.items, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
              } else {
                const err52 = { instancePath: instancePath + "/paths/templates/" + i6, schemaPath: "#/properties/paths/properties/templates/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.paths.properties.templates.items.type, parentSchema: schema31.properties.paths.properties.templates.items, data: data17 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
          } else {
            const err53 = { instancePath: instancePath + "/paths/templates", schemaPath: "#/properties/paths/properties/templates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.paths.properties.templates.type, parentSchema: schema31.properties.paths.properties.templates, data: data16 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data3.environments !== void 0) {
          let data18 = data3.environments;
          if (Array.isArray(data18)) {
            if (data18.length > 20) {
              const err54 = { instancePath: instancePath + "/paths/environments", schemaPath: "#/properties/paths/properties/environments/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema31.properties.paths.properties.environments, data: data18 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            if (data18.length < 1) {
              const err55 = { instancePath: instancePath + "/paths/environments", schemaPath: "#/properties/paths/properties/environments/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.paths.properties.environments, data: data18 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            const len7 = data18.length;
            for (let i7 = 0; i7 < len7; i7++) {
              let data19 = data18[i7];
              if (typeof data19 === "string") {
                if (func3(data19) > 200) {
                  const err56 = { instancePath: instancePath + "/paths/environments/" + i7, schemaPath: "#/properties/paths/properties/environments/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema31.properties.paths.properties.environments.items, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
                if (func3(data19) < 1) {
                  const err57 = { instancePath: instancePath + "/paths/environments/" + i7, schemaPath: "#/properties/paths/properties/environments/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.paths.properties.environments.items, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
                if (!pattern4.test(data19)) {
                  const err58 = { instancePath: instancePath + "/paths/environments/" + i7, schemaPath: "#/properties/paths/properties/environments/items/pattern", keyword: "pattern", params: { pattern: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, message: 'must match pattern "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$"', schema: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$", parentSchema: schema31.properties.paths.properties.environments.items, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              } else {
                const err59 = { instancePath: instancePath + "/paths/environments/" + i7, schemaPath: "#/properties/paths/properties/environments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.paths.properties.environments.items.type, parentSchema: schema31.properties.paths.properties.environments.items, data: data19 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
          } else {
            const err60 = { instancePath: instancePath + "/paths/environments", schemaPath: "#/properties/paths/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.paths.properties.environments.type, parentSchema: schema31.properties.paths.properties.environments, data: data18 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data3.openapi !== void 0) {
          let data20 = data3.openapi;
          if (Array.isArray(data20)) {
            if (data20.length > 20) {
              const err61 = { instancePath: instancePath + "/paths/openapi", schemaPath: "#/properties/paths/properties/openapi/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema31.properties.paths.properties.openapi, data: data20 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            if (data20.length < 1) {
              const err62 = { instancePath: instancePath + "/paths/openapi", schemaPath: "#/properties/paths/properties/openapi/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.paths.properties.openapi, data: data20 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            const len8 = data20.length;
            for (let i8 = 0; i8 < len8; i8++) {
              let data21 = data20[i8];
              if (typeof data21 === "string") {
                if (func3(data21) > 200) {
                  const err63 = { instancePath: instancePath + "/paths/openapi/" + i8, schemaPath: "#/properties/paths/properties/openapi/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema31.properties.paths.properties.openapi.items, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
                if (func3(data21) < 1) {
                  const err64 = { instancePath: instancePath + "/paths/openapi/" + i8, schemaPath: "#/properties/paths/properties/openapi/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.paths.properties.openapi.items, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
                if (!pattern4.test(data21)) {
                  const err65 = { instancePath: instancePath + "/paths/openapi/" + i8, schemaPath: "#/properties/paths/properties/openapi/items/pattern", keyword: "pattern", params: { pattern: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, message: 'must match pattern "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$"', schema: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$", parentSchema: schema31.properties.paths.properties.openapi.items, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              } else {
                const err66 = { instancePath: instancePath + "/paths/openapi/" + i8, schemaPath: "#/properties/paths/properties/openapi/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.paths.properties.openapi.items.type, parentSchema: schema31.properties.paths.properties.openapi.items, data: data21 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
          } else {
            const err67 = { instancePath: instancePath + "/paths/openapi", schemaPath: "#/properties/paths/properties/openapi/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.paths.properties.openapi.type, parentSchema: schema31.properties.paths.properties.openapi, data: data20 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data3.catalog !== void 0) {
          let data22 = data3.catalog;
          if (Array.isArray(data22)) {
            if (data22.length > 20) {
              const err68 = { instancePath: instancePath + "/paths/catalog", schemaPath: "#/properties/paths/properties/catalog/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema31.properties.paths.properties.catalog, data: data22 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
            if (data22.length < 1) {
              const err69 = { instancePath: instancePath + "/paths/catalog", schemaPath: "#/properties/paths/properties/catalog/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.paths.properties.catalog, data: data22 };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
            const len9 = data22.length;
            for (let i9 = 0; i9 < len9; i9++) {
              let data23 = data22[i9];
              if (typeof data23 === "string") {
                if (func3(data23) > 200) {
                  const err70 = { instancePath: instancePath + "/paths/catalog/" + i9, schemaPath: "#/properties/paths/properties/catalog/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema31.properties.paths.properties.catalog.items, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
                if (func3(data23) < 1) {
                  const err71 = { instancePath: instancePath + "/paths/catalog/" + i9, schemaPath: "#/properties/paths/properties/catalog/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.paths.properties.catalog.items, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
                if (!pattern4.test(data23)) {
                  const err72 = { instancePath: instancePath + "/paths/catalog/" + i9, schemaPath: "#/properties/paths/properties/catalog/items/pattern", keyword: "pattern", params: { pattern: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, message: 'must match pattern "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$"', schema: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$", parentSchema: schema31.properties.paths.properties.catalog.items, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              } else {
                const err73 = { instancePath: instancePath + "/paths/catalog/" + i9, schemaPath: "#/properties/paths/properties/catalog/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.paths.properties.catalog.items.type, parentSchema: schema31.properties.paths.properties.catalog.items, data: data23 };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
          } else {
            const err74 = { instancePath: instancePath + "/paths/catalog", schemaPath: "#/properties/paths/properties/catalog/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.paths.properties.catalog.type, parentSchema: schema31.properties.paths.properties.catalog, data: data22 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        if (data3.changelog !== void 0) {
          let data24 = data3.changelog;
          if (Array.isArray(data24)) {
            if (data24.length > 20) {
              const err75 = { instancePath: instancePath + "/paths/changelog", schemaPath: "#/properties/paths/properties/changelog/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema31.properties.paths.properties.changelog, data: data24 };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
            if (data24.length < 1) {
              const err76 = { instancePath: instancePath + "/paths/changelog", schemaPath: "#/properties/paths/properties/changelog/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.paths.properties.changelog, data: data24 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
            const len10 = data24.length;
            for (let i10 = 0; i10 < len10; i10++) {
              let data25 = data24[i10];
              if (typeof data25 === "string") {
                if (func3(data25) > 200) {
                  const err77 = { instancePath: instancePath + "/paths/changelog/" + i10, schemaPath: "#/properties/paths/properties/changelog/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema31.properties.paths.properties.changelog.items, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
                if (func3(data25) < 1) {
                  const err78 = { instancePath: instancePath + "/paths/changelog/" + i10, schemaPath: "#/properties/paths/properties/changelog/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.paths.properties.changelog.items, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
                if (!pattern4.test(data25)) {
                  const err79 = { instancePath: instancePath + "/paths/changelog/" + i10, schemaPath: "#/properties/paths/properties/changelog/items/pattern", keyword: "pattern", params: { pattern: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, message: 'must match pattern "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$"', schema: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$", parentSchema: schema31.properties.paths.properties.changelog.items, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
              } else {
                const err80 = { instancePath: instancePath + "/paths/changelog/" + i10, schemaPath: "#/properties/paths/properties/changelog/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.paths.properties.changelog.items.type, parentSchema: schema31.properties.paths.properties.changelog.items, data: data25 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
          } else {
            const err81 = { instancePath: instancePath + "/paths/changelog", schemaPath: "#/properties/paths/properties/changelog/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.paths.properties.changelog.type, parentSchema: schema31.properties.paths.properties.changelog, data: data24 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        if (data3.actionDocs !== void 0) {
          let data26 = data3.actionDocs;
          if (Array.isArray(data26)) {
            if (data26.length > 20) {
              const err82 = { instancePath: instancePath + "/paths/actionDocs", schemaPath: "#/properties/paths/properties/actionDocs/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema31.properties.paths.properties.actionDocs, data: data26 };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
            if (data26.length < 1) {
              const err83 = { instancePath: instancePath + "/paths/actionDocs", schemaPath: "#/properties/paths/properties/actionDocs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.paths.properties.actionDocs, data: data26 };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
            const len11 = data26.length;
            for (let i11 = 0; i11 < len11; i11++) {
              let data27 = data26[i11];
              if (typeof data27 === "string") {
                if (func3(data27) > 200) {
                  const err84 = { instancePath: instancePath + "/paths/actionDocs/" + i11, schemaPath: "#/properties/paths/properties/actionDocs/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema31.properties.paths.properties.actionDocs.items, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
                if (func3(data27) < 1) {
                  const err85 = { instancePath: instancePath + "/paths/actionDocs/" + i11, schemaPath: "#/properties/paths/properties/actionDocs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.paths.properties.actionDocs.items, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
                if (!pattern4.test(data27)) {
                  const err86 = { instancePath: instancePath + "/paths/actionDocs/" + i11, schemaPath: "#/properties/paths/properties/actionDocs/items/pattern", keyword: "pattern", params: { pattern: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, message: 'must match pattern "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$"', schema: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$", parentSchema: schema31.properties.paths.properties.actionDocs.items, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
              } else {
                const err87 = { instancePath: instancePath + "/paths/actionDocs/" + i11, schemaPath: "#/properties/paths/properties/actionDocs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.paths.properties.actionDocs.items.type, parentSchema: schema31.properties.paths.properties.actionDocs.items, data: data27 };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
          } else {
            const err88 = { instancePath: instancePath + "/paths/actionDocs", schemaPath: "#/properties/paths/properties/actionDocs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.paths.properties.actionDocs.type, parentSchema: schema31.properties.paths.properties.actionDocs, data: data26 };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
        if (data3.logicDocs !== void 0) {
          let data28 = data3.logicDocs;
          if (Array.isArray(data28)) {
            if (data28.length > 20) {
              const err89 = { instancePath: instancePath + "/paths/logicDocs", schemaPath: "#/properties/paths/properties/logicDocs/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema31.properties.paths.properties.logicDocs, data: data28 };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
            if (data28.length < 1) {
              const err90 = { instancePath: instancePath + "/paths/logicDocs", schemaPath: "#/properties/paths/properties/logicDocs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.paths.properties.logicDocs, data: data28 };
              if (vErrors === null) {
                vErrors = [err90];
              } else {
                vErrors.push(err90);
              }
              errors++;
            }
            const len12 = data28.length;
            for (let i12 = 0; i12 < len12; i12++) {
              let data29 = data28[i12];
              if (typeof data29 === "string") {
                if (func3(data29) > 200) {
                  const err91 = { instancePath: instancePath + "/paths/logicDocs/" + i12, schemaPath: "#/properties/paths/properties/logicDocs/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema31.properties.paths.properties.logicDocs.items, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
                if (func3(data29) < 1) {
                  const err92 = { instancePath: instancePath + "/paths/logicDocs/" + i12, schemaPath: "#/properties/paths/properties/logicDocs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.paths.properties.logicDocs.items, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err92];
                  } else {
                    vErrors.push(err92);
                  }
                  errors++;
                }
                if (!pattern4.test(data29)) {
                  const err93 = { instancePath: instancePath + "/paths/logicDocs/" + i12, schemaPath: "#/properties/paths/properties/logicDocs/items/pattern", keyword: "pattern", params: { pattern: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, message: 'must match pattern "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$"', schema: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$", parentSchema: schema31.properties.paths.properties.logicDocs.items, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
              } else {
                const err94 = { instancePath: instancePath + "/paths/logicDocs/" + i12, schemaPath: "#/properties/paths/properties/logicDocs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.paths.properties.logicDocs.items.type, parentSchema: schema31.properties.paths.properties.logicDocs.items, data: data29 };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
          } else {
            const err95 = { instancePath: instancePath + "/paths/logicDocs", schemaPath: "#/properties/paths/properties/logicDocs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.paths.properties.logicDocs.type, parentSchema: schema31.properties.paths.properties.logicDocs, data: data28 };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
        }
        if (data3.triggerDocs !== void 0) {
          let data30 = data3.triggerDocs;
          if (Array.isArray(data30)) {
            if (data30.length > 20) {
              const err96 = { instancePath: instancePath + "/paths/triggerDocs", schemaPath: "#/properties/paths/properties/triggerDocs/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema31.properties.paths.properties.triggerDocs, data: data30 };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors++;
            }
            if (data30.length < 1) {
              const err97 = { instancePath: instancePath + "/paths/triggerDocs", schemaPath: "#/properties/paths/properties/triggerDocs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.paths.properties.triggerDocs, data: data30 };
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors++;
            }
            const len13 = data30.length;
            for (let i13 = 0; i13 < len13; i13++) {
              let data31 = data30[i13];
              if (typeof data31 === "string") {
                if (func3(data31) > 200) {
                  const err98 = { instancePath: instancePath + "/paths/triggerDocs/" + i13, schemaPath: "#/properties/paths/properties/triggerDocs/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema31.properties.paths.properties.triggerDocs.items, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err98];
                  } else {
                    vErrors.push(err98);
                  }
                  errors++;
                }
                if (func3(data31) < 1) {
                  const err99 = { instancePath: instancePath + "/paths/triggerDocs/" + i13, schemaPath: "#/properties/paths/properties/triggerDocs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.paths.properties.triggerDocs.items, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err99];
                  } else {
                    vErrors.push(err99);
                  }
                  errors++;
                }
                if (!pattern4.test(data31)) {
                  const err100 = { instancePath: instancePath + "/paths/triggerDocs/" + i13, schemaPath: "#/properties/paths/properties/triggerDocs/items/pattern", keyword: "pattern", params: { pattern: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, message: 'must match pattern "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$"', schema: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$", parentSchema: schema31.properties.paths.properties.triggerDocs.items, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err100];
                  } else {
                    vErrors.push(err100);
                  }
                  errors++;
                }
              } else {
                const err101 = { instancePath: instancePath + "/paths/triggerDocs/" + i13, schemaPath: "#/properties/paths/properties/triggerDocs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.paths.properties.triggerDocs.items.type, parentSchema: schema31.properties.paths.properties.triggerDocs.items, data: data31 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
          } else {
            const err102 = { instancePath: instancePath + "/paths/triggerDocs", schemaPath: "#/properties/paths/properties/triggerDocs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.paths.properties.triggerDocs.type, parentSchema: schema31.properties.paths.properties.triggerDocs, data: data30 };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
        }
        if (data3.apiDocs !== void 0) {
          let data32 = data3.apiDocs;
          if (Array.isArray(data32)) {
            if (data32.length > 20) {
              const err103 = { instancePath: instancePath + "/paths/apiDocs", schemaPath: "#/properties/paths/properties/apiDocs/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema31.properties.paths.properties.apiDocs, data: data32 };
              if (vErrors === null) {
                vErrors = [err103];
              } else {
                vErrors.push(err103);
              }
              errors++;
            }
            if (data32.length < 1) {
              const err104 = { instancePath: instancePath + "/paths/apiDocs", schemaPath: "#/properties/paths/properties/apiDocs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.paths.properties.apiDocs, data: data32 };
              if (vErrors === null) {
                vErrors = [err104];
              } else {
                vErrors.push(err104);
              }
              errors++;
            }
            const len14 = data32.length;
            for (let i14 = 0; i14 < len14; i14++) {
              let data33 = data32[i14];
              if (typeof data33 === "string") {
                if (func3(data33) > 200) {
                  const err105 = { instancePath: instancePath + "/paths/apiDocs/" + i14, schemaPath: "#/properties/paths/properties/apiDocs/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema31.properties.paths.properties.apiDocs.items, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err105];
                  } else {
                    vErrors.push(err105);
                  }
                  errors++;
                }
                if (func3(data33) < 1) {
                  const err106 = { instancePath: instancePath + "/paths/apiDocs/" + i14, schemaPath: "#/properties/paths/properties/apiDocs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.paths.properties.apiDocs.items, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                }
                if (!pattern4.test(data33)) {
                  const err107 = { instancePath: instancePath + "/paths/apiDocs/" + i14, schemaPath: "#/properties/paths/properties/apiDocs/items/pattern", keyword: "pattern", params: { pattern: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, message: 'must match pattern "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$"', schema: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$", parentSchema: schema31.properties.paths.properties.apiDocs.items, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err107];
                  } else {
                    vErrors.push(err107);
                  }
                  errors++;
                }
              } else {
                const err108 = { instancePath: instancePath + "/paths/apiDocs/" + i14, schemaPath: "#/properties/paths/properties/apiDocs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.paths.properties.apiDocs.items.type, parentSchema: schema31.properties.paths.properties.apiDocs.items, data: data33 };
                if (vErrors === null) {
                  vErrors = [err108];
                } else {
                  vErrors.push(err108);
                }
                errors++;
              }
            }
          } else {
            const err109 = { instancePath: instancePath + "/paths/apiDocs", schemaPath: "#/properties/paths/properties/apiDocs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.paths.properties.apiDocs.type, parentSchema: schema31.properties.paths.properties.apiDocs, data: data32 };
            if (vErrors === null) {
              vErrors = [err109];
            } else {
              vErrors.push(err109);
            }
            errors++;
          }
        }
        if (data3.exampleDocs !== void 0) {
          let data34 = data3.exampleDocs;
          if (Array.isArray(data34)) {
            if (data34.length > 20) {
              const err110 = { instancePath: instancePath + "/paths/exampleDocs", schemaPath: "#/properties/paths/properties/exampleDocs/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema31.properties.paths.properties.exampleDocs, data: data34 };
              if (vErrors === null) {
                vErrors = [err110];
              } else {
                vErrors.push(err110);
              }
              errors++;
            }
            if (data34.length < 1) {
              const err111 = { instancePath: instancePath + "/paths/exampleDocs", schemaPath: "#/properties/paths/properties/exampleDocs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.paths.properties.exampleDocs, data: data34 };
              if (vErrors === null) {
                vErrors = [err111];
              } else {
                vErrors.push(err111);
              }
              errors++;
            }
            const len15 = data34.length;
            for (let i15 = 0; i15 < len15; i15++) {
              let data35 = data34[i15];
              if (typeof data35 === "string") {
                if (func3(data35) > 200) {
                  const err112 = { instancePath: instancePath + "/paths/exampleDocs/" + i15, schemaPath: "#/properties/paths/properties/exampleDocs/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema31.properties.paths.properties.exampleDocs.items, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err112];
                  } else {
                    vErrors.push(err112);
                  }
                  errors++;
                }
                if (func3(data35) < 1) {
                  const err113 = { instancePath: instancePath + "/paths/exampleDocs/" + i15, schemaPath: "#/properties/paths/properties/exampleDocs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.paths.properties.exampleDocs.items, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err113];
                  } else {
                    vErrors.push(err113);
                  }
                  errors++;
                }
                if (!pattern4.test(data35)) {
                  const err114 = { instancePath: instancePath + "/paths/exampleDocs/" + i15, schemaPath: "#/properties/paths/properties/exampleDocs/items/pattern", keyword: "pattern", params: { pattern: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, message: 'must match pattern "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$"', schema: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$", parentSchema: schema31.properties.paths.properties.exampleDocs.items, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err114];
                  } else {
                    vErrors.push(err114);
                  }
                  errors++;
                }
              } else {
                const err115 = { instancePath: instancePath + "/paths/exampleDocs/" + i15, schemaPath: "#/properties/paths/properties/exampleDocs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.paths.properties.exampleDocs.items.type, parentSchema: schema31.properties.paths.properties.exampleDocs.items, data: data35 };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
            }
          } else {
            const err116 = { instancePath: instancePath + "/paths/exampleDocs", schemaPath: "#/properties/paths/properties/exampleDocs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.paths.properties.exampleDocs.type, parentSchema: schema31.properties.paths.properties.exampleDocs, data: data34 };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
        }
        if (data3.runbookDocs !== void 0) {
          let data36 = data3.runbookDocs;
          if (Array.isArray(data36)) {
            if (data36.length > 20) {
              const err117 = { instancePath: instancePath + "/paths/runbookDocs", schemaPath: "#/properties/paths/properties/runbookDocs/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema31.properties.paths.properties.runbookDocs, data: data36 };
              if (vErrors === null) {
                vErrors = [err117];
              } else {
                vErrors.push(err117);
              }
              errors++;
            }
            if (data36.length < 1) {
              const err118 = { instancePath: instancePath + "/paths/runbookDocs", schemaPath: "#/properties/paths/properties/runbookDocs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.paths.properties.runbookDocs, data: data36 };
              if (vErrors === null) {
                vErrors = [err118];
              } else {
                vErrors.push(err118);
              }
              errors++;
            }
            const len16 = data36.length;
            for (let i16 = 0; i16 < len16; i16++) {
              let data37 = data36[i16];
              if (typeof data37 === "string") {
                if (func3(data37) > 200) {
                  const err119 = { instancePath: instancePath + "/paths/runbookDocs/" + i16, schemaPath: "#/properties/paths/properties/runbookDocs/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema31.properties.paths.properties.runbookDocs.items, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err119];
                  } else {
                    vErrors.push(err119);
                  }
                  errors++;
                }
                if (func3(data37) < 1) {
                  const err120 = { instancePath: instancePath + "/paths/runbookDocs/" + i16, schemaPath: "#/properties/paths/properties/runbookDocs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.paths.properties.runbookDocs.items, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err120];
                  } else {
                    vErrors.push(err120);
                  }
                  errors++;
                }
                if (!pattern4.test(data37)) {
                  const err121 = { instancePath: instancePath + "/paths/runbookDocs/" + i16, schemaPath: "#/properties/paths/properties/runbookDocs/items/pattern", keyword: "pattern", params: { pattern: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$" }, message: 'must match pattern "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$"', schema: "^[^/][^{}]*(\\{[a-z]+\\}[^{}]*)?$", parentSchema: schema31.properties.paths.properties.runbookDocs.items, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err121];
                  } else {
                    vErrors.push(err121);
                  }
                  errors++;
                }
              } else {
                const err122 = { instancePath: instancePath + "/paths/runbookDocs/" + i16, schemaPath: "#/properties/paths/properties/runbookDocs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.paths.properties.runbookDocs.items.type, parentSchema: schema31.properties.paths.properties.runbookDocs.items, data: data37 };
                if (vErrors === null) {
                  vErrors = [err122];
                } else {
                  vErrors.push(err122);
                }
                errors++;
              }
            }
          } else {
            const err123 = { instancePath: instancePath + "/paths/runbookDocs", schemaPath: "#/properties/paths/properties/runbookDocs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.paths.properties.runbookDocs.type, parentSchema: schema31.properties.paths.properties.runbookDocs, data: data36 };
            if (vErrors === null) {
              vErrors = [err123];
            } else {
              vErrors.push(err123);
            }
            errors++;
          }
        }
      } else {
        const err124 = { instancePath: instancePath + "/paths", schemaPath: "#/properties/paths/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.paths.type, parentSchema: schema31.properties.paths, data: data3 };
        if (vErrors === null) {
          vErrors = [err124];
        } else {
          vErrors.push(err124);
        }
        errors++;
      }
    }
    if (data.docs !== void 0) {
      let data38 = data.docs;
      if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
        for (const key2 in data38) {
          if (!(key2 === "headings" || key2 === "layout")) {
            const err125 = { instancePath: instancePath + "/docs", schemaPath: "#/properties/docs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.docs, data: data38 };
            if (vErrors === null) {
              vErrors = [err125];
            } else {
              vErrors.push(err125);
            }
            errors++;
          }
        }
        if (data38.headings !== void 0) {
          let data39 = data38.headings;
          if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
            for (const key3 in data39) {
              if (!(key3 === "glance" || key3 === "payload" || key3 === "result" || key3 === "examples")) {
                const err126 = { instancePath: instancePath + "/docs/headings", schemaPath: "#/properties/docs/properties/headings/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.docs.properties.headings, data: data39 };
                if (vErrors === null) {
                  vErrors = [err126];
                } else {
                  vErrors.push(err126);
                }
                errors++;
              }
            }
            if (data39.glance !== void 0) {
              let data40 = data39.glance;
              if (typeof data40 === "string") {
                if (func3(data40) > 100) {
                  const err127 = { instancePath: instancePath + "/docs/headings/glance", schemaPath: "#/properties/docs/properties/headings/properties/glance/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema31.properties.docs.properties.headings.properties.glance, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err127];
                  } else {
                    vErrors.push(err127);
                  }
                  errors++;
                }
                if (func3(data40) < 1) {
                  const err128 = { instancePath: instancePath + "/docs/headings/glance", schemaPath: "#/properties/docs/properties/headings/properties/glance/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.docs.properties.headings.properties.glance, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err128];
                  } else {
                    vErrors.push(err128);
                  }
                  errors++;
                }
              } else {
                const err129 = { instancePath: instancePath + "/docs/headings/glance", schemaPath: "#/properties/docs/properties/headings/properties/glance/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.docs.properties.headings.properties.glance.type, parentSchema: schema31.properties.docs.properties.headings.properties.glance, data: data40 };
                if (vErrors === null) {
                  vErrors = [err129];
                } else {
                  vErrors.push(err129);
                }
                errors++;
              }
            }
            if (data39.payload !== void 0) {
              let data41 = data39.payload;
              if (typeof data41 === "string") {
                if (func3(data41) > 100) {
                  const err130 = { instancePath: instancePath + "/docs/headings/payload", schemaPath: "#/properties/docs/properties/headings/properties/payload/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema31.properties.docs.properties.headings.properties.payload, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err130];
                  } else {
                    vErrors.push(err130);
                  }
                  errors++;
                }
                if (func3(data41) < 1) {
                  const err131 = { instancePath: instancePath + "/docs/headings/payload", schemaPath: "#/properties/docs/properties/headings/properties/payload/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.docs.properties.headings.properties.payload, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err131];
                  } else {
                    vErrors.push(err131);
                  }
                  errors++;
                }
              } else {
                const err132 = { instancePath: instancePath + "/docs/headings/payload", schemaPath: "#/properties/docs/properties/headings/properties/payload/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.docs.properties.headings.properties.payload.type, parentSchema: schema31.properties.docs.properties.headings.properties.payload, data: data41 };
                if (vErrors === null) {
                  vErrors = [err132];
                } else {
                  vErrors.push(err132);
                }
                errors++;
              }
            }
            if (data39.result !== void 0) {
              let data42 = data39.result;
              if (typeof data42 === "string") {
                if (func3(data42) > 100) {
                  const err133 = { instancePath: instancePath + "/docs/headings/result", schemaPath: "#/properties/docs/properties/headings/properties/result/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema31.properties.docs.properties.headings.properties.result, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err133];
                  } else {
                    vErrors.push(err133);
                  }
                  errors++;
                }
                if (func3(data42) < 1) {
                  const err134 = { instancePath: instancePath + "/docs/headings/result", schemaPath: "#/properties/docs/properties/headings/properties/result/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.docs.properties.headings.properties.result, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err134];
                  } else {
                    vErrors.push(err134);
                  }
                  errors++;
                }
              } else {
                const err135 = { instancePath: instancePath + "/docs/headings/result", schemaPath: "#/properties/docs/properties/headings/properties/result/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.docs.properties.headings.properties.result.type, parentSchema: schema31.properties.docs.properties.headings.properties.result, data: data42 };
                if (vErrors === null) {
                  vErrors = [err135];
                } else {
                  vErrors.push(err135);
                }
                errors++;
              }
            }
            if (data39.examples !== void 0) {
              let data43 = data39.examples;
              if (typeof data43 === "string") {
                if (func3(data43) > 100) {
                  const err136 = { instancePath: instancePath + "/docs/headings/examples", schemaPath: "#/properties/docs/properties/headings/properties/examples/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema31.properties.docs.properties.headings.properties.examples, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err136];
                  } else {
                    vErrors.push(err136);
                  }
                  errors++;
                }
                if (func3(data43) < 1) {
                  const err137 = { instancePath: instancePath + "/docs/headings/examples", schemaPath: "#/properties/docs/properties/headings/properties/examples/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.docs.properties.headings.properties.examples, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err137];
                  } else {
                    vErrors.push(err137);
                  }
                  errors++;
                }
              } else {
                const err138 = { instancePath: instancePath + "/docs/headings/examples", schemaPath: "#/properties/docs/properties/headings/properties/examples/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.docs.properties.headings.properties.examples.type, parentSchema: schema31.properties.docs.properties.headings.properties.examples, data: data43 };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
            }
          } else {
            const err139 = { instancePath: instancePath + "/docs/headings", schemaPath: "#/properties/docs/properties/headings/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.docs.properties.headings.type, parentSchema: schema31.properties.docs.properties.headings, data: data39 };
            if (vErrors === null) {
              vErrors = [err139];
            } else {
              vErrors.push(err139);
            }
            errors++;
          }
        }
        if (data38.layout !== void 0) {
          let data44 = data38.layout;
          if (!(data44 === "repository" || data44 === "docs-site")) {
            const err140 = { instancePath: instancePath + "/docs/layout", schemaPath: "#/properties/docs/properties/layout/enum", keyword: "enum", params: { allowedValues: schema31.properties.docs.properties.layout.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.docs.properties.layout.enum, parentSchema: schema31.properties.docs.properties.layout, data: data44 };
            if (vErrors === null) {
              vErrors = [err140];
            } else {
              vErrors.push(err140);
            }
            errors++;
          }
        }
      } else {
        const err141 = { instancePath: instancePath + "/docs", schemaPath: "#/properties/docs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.docs.type, parentSchema: schema31.properties.docs, data: data38 };
        if (vErrors === null) {
          vErrors = [err141];
        } else {
          vErrors.push(err141);
        }
        errors++;
      }
    }
    if (data.items !== void 0) {
      let data45 = data.items;
      if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
        for (const key4 in data45) {
          if (!func1.call(schema31.properties.items.properties, key4)) {
            const err142 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.items, data: data45 };
            if (vErrors === null) {
              vErrors = [err142];
            } else {
              vErrors.push(err142);
            }
            errors++;
          }
        }
        if (data45["definition-validates"] !== void 0) {
          let data46 = data45["definition-validates"];
          if (!(data46 === "error" || data46 === "warning" || data46 === "notice" || data46 === "off")) {
            const err143 = { instancePath: instancePath + "/items/definition-validates", schemaPath: "#/properties/items/properties/definition-validates/enum", keyword: "enum", params: { allowedValues: schema31.properties.items.properties["definition-validates"].enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.items.properties["definition-validates"].enum, parentSchema: schema31.properties.items.properties["definition-validates"], data: data46 };
            if (vErrors === null) {
              vErrors = [err143];
            } else {
              vErrors.push(err143);
            }
            errors++;
          }
        }
        if (data45["connectors-scoped"] !== void 0) {
          let data47 = data45["connectors-scoped"];
          if (!(data47 === "error" || data47 === "warning" || data47 === "notice" || data47 === "off")) {
            const err144 = { instancePath: instancePath + "/items/connectors-scoped", schemaPath: "#/properties/items/properties/connectors-scoped/enum", keyword: "enum", params: { allowedValues: schema31.properties.items.properties["connectors-scoped"].enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.items.properties["connectors-scoped"].enum, parentSchema: schema31.properties.items.properties["connectors-scoped"], data: data47 };
            if (vErrors === null) {
              vErrors = [err144];
            } else {
              vErrors.push(err144);
            }
            errors++;
          }
        }
        if (data45["wallet-actions-bounded"] !== void 0) {
          let data48 = data45["wallet-actions-bounded"];
          if (!(data48 === "error" || data48 === "warning" || data48 === "notice" || data48 === "off")) {
            const err145 = { instancePath: instancePath + "/items/wallet-actions-bounded", schemaPath: "#/properties/items/properties/wallet-actions-bounded/enum", keyword: "enum", params: { allowedValues: schema31.properties.items.properties["wallet-actions-bounded"].enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.items.properties["wallet-actions-bounded"].enum, parentSchema: schema31.properties.items.properties["wallet-actions-bounded"], data: data48 };
            if (vErrors === null) {
              vErrors = [err145];
            } else {
              vErrors.push(err145);
            }
            errors++;
          }
        }
        if (data45["failure-paths-observable"] !== void 0) {
          let data49 = data45["failure-paths-observable"];
          if (!(data49 === "error" || data49 === "warning" || data49 === "notice" || data49 === "off")) {
            const err146 = { instancePath: instancePath + "/items/failure-paths-observable", schemaPath: "#/properties/items/properties/failure-paths-observable/enum", keyword: "enum", params: { allowedValues: schema31.properties.items.properties["failure-paths-observable"].enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.items.properties["failure-paths-observable"].enum, parentSchema: schema31.properties.items.properties["failure-paths-observable"], data: data49 };
            if (vErrors === null) {
              vErrors = [err146];
            } else {
              vErrors.push(err146);
            }
            errors++;
          }
        }
        if (data45["docs-updated"] !== void 0) {
          let data50 = data45["docs-updated"];
          if (!(data50 === "error" || data50 === "warning" || data50 === "notice" || data50 === "off")) {
            const err147 = { instancePath: instancePath + "/items/docs-updated", schemaPath: "#/properties/items/properties/docs-updated/enum", keyword: "enum", params: { allowedValues: schema31.properties.items.properties["docs-updated"].enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.items.properties["docs-updated"].enum, parentSchema: schema31.properties.items.properties["docs-updated"], data: data50 };
            if (vErrors === null) {
              vErrors = [err147];
            } else {
              vErrors.push(err147);
            }
            errors++;
          }
        }
        if (data45["api-keys-scoped"] !== void 0) {
          let data51 = data45["api-keys-scoped"];
          if (!(data51 === "error" || data51 === "warning" || data51 === "notice" || data51 === "off")) {
            const err148 = { instancePath: instancePath + "/items/api-keys-scoped", schemaPath: "#/properties/items/properties/api-keys-scoped/enum", keyword: "enum", params: { allowedValues: schema31.properties.items.properties["api-keys-scoped"].enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.items.properties["api-keys-scoped"].enum, parentSchema: schema31.properties.items.properties["api-keys-scoped"], data: data51 };
            if (vErrors === null) {
              vErrors = [err148];
            } else {
              vErrors.push(err148);
            }
            errors++;
          }
        }
        if (data45["credentials-in-connectors"] !== void 0) {
          let data52 = data45["credentials-in-connectors"];
          if (!(data52 === "error" || data52 === "warning" || data52 === "notice" || data52 === "off")) {
            const err149 = { instancePath: instancePath + "/items/credentials-in-connectors", schemaPath: "#/properties/items/properties/credentials-in-connectors/enum", keyword: "enum", params: { allowedValues: schema31.properties.items.properties["credentials-in-connectors"].enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.items.properties["credentials-in-connectors"].enum, parentSchema: schema31.properties.items.properties["credentials-in-connectors"], data: data52 };
            if (vErrors === null) {
              vErrors = [err149];
            } else {
              vErrors.push(err149);
            }
            errors++;
          }
        }
        if (data45["wallets-dedicated"] !== void 0) {
          let data53 = data45["wallets-dedicated"];
          if (!(data53 === "error" || data53 === "warning" || data53 === "notice" || data53 === "off")) {
            const err150 = { instancePath: instancePath + "/items/wallets-dedicated", schemaPath: "#/properties/items/properties/wallets-dedicated/enum", keyword: "enum", params: { allowedValues: schema31.properties.items.properties["wallets-dedicated"].enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.items.properties["wallets-dedicated"].enum, parentSchema: schema31.properties.items.properties["wallets-dedicated"], data: data53 };
            if (vErrors === null) {
              vErrors = [err150];
            } else {
              vErrors.push(err150);
            }
            errors++;
          }
        }
        if (data45["webhooks-verified"] !== void 0) {
          let data54 = data45["webhooks-verified"];
          if (!(data54 === "error" || data54 === "warning" || data54 === "notice" || data54 === "off")) {
            const err151 = { instancePath: instancePath + "/items/webhooks-verified", schemaPath: "#/properties/items/properties/webhooks-verified/enum", keyword: "enum", params: { allowedValues: schema31.properties.items.properties["webhooks-verified"].enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.items.properties["webhooks-verified"].enum, parentSchema: schema31.properties.items.properties["webhooks-verified"], data: data54 };
            if (vErrors === null) {
              vErrors = [err151];
            } else {
              vErrors.push(err151);
            }
            errors++;
          }
        }
        if (data45["templates-portable"] !== void 0) {
          let data55 = data45["templates-portable"];
          if (!(data55 === "error" || data55 === "warning" || data55 === "notice" || data55 === "off")) {
            const err152 = { instancePath: instancePath + "/items/templates-portable", schemaPath: "#/properties/items/properties/templates-portable/enum", keyword: "enum", params: { allowedValues: schema31.properties.items.properties["templates-portable"].enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.items.properties["templates-portable"].enum, parentSchema: schema31.properties.items.properties["templates-portable"], data: data55 };
            if (vErrors === null) {
              vErrors = [err152];
            } else {
              vErrors.push(err152);
            }
            errors++;
          }
        }
        if (data45["public-contract"] !== void 0) {
          let data56 = data45["public-contract"];
          if (!(data56 === "error" || data56 === "warning" || data56 === "notice" || data56 === "off")) {
            const err153 = { instancePath: instancePath + "/items/public-contract", schemaPath: "#/properties/items/properties/public-contract/enum", keyword: "enum", params: { allowedValues: schema31.properties.items.properties["public-contract"].enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.items.properties["public-contract"].enum, parentSchema: schema31.properties.items.properties["public-contract"], data: data56 };
            if (vErrors === null) {
              vErrors = [err153];
            } else {
              vErrors.push(err153);
            }
            errors++;
          }
        }
      } else {
        const err154 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.items.type, parentSchema: schema31.properties.items, data: data45 };
        if (vErrors === null) {
          vErrors = [err154];
        } else {
          vErrors.push(err154);
        }
        errors++;
      }
    }
    if (data.failOn !== void 0) {
      let data57 = data.failOn;
      if (!(data57 === "error" || data57 === "warning")) {
        const err155 = { instancePath: instancePath + "/failOn", schemaPath: "#/properties/failOn/enum", keyword: "enum", params: { allowedValues: schema31.properties.failOn.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.failOn.enum, parentSchema: schema31.properties.failOn, data: data57 };
        if (vErrors === null) {
          vErrors = [err155];
        } else {
          vErrors.push(err155);
        }
        errors++;
      }
    }
    if (data.waivers !== void 0) {
      let data58 = data.waivers;
      if (Array.isArray(data58)) {
        if (data58.length > 200) {
          const err156 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items", schema: 200, parentSchema: schema31.properties.waivers, data: data58 };
          if (vErrors === null) {
            vErrors = [err156];
          } else {
            vErrors.push(err156);
          }
          errors++;
        }
        const len17 = data58.length;
        for (let i17 = 0; i17 < len17; i17++) {
          let data59 = data58[i17];
          if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
            if (data59.rule === void 0) {
              const err157 = { instancePath: instancePath + "/waivers/" + i17, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'", schema: schema31.properties.waivers.items.required, parentSchema: schema31.properties.waivers.items, data: data59 };
              if (vErrors === null) {
                vErrors = [err157];
              } else {
                vErrors.push(err157);
              }
              errors++;
            }
            if (data59.reason === void 0) {
              const err158 = { instancePath: instancePath + "/waivers/" + i17, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema31.properties.waivers.items.required, parentSchema: schema31.properties.waivers.items, data: data59 };
              if (vErrors === null) {
                vErrors = [err158];
              } else {
                vErrors.push(err158);
              }
              errors++;
            }
            if (data59.approver === void 0) {
              const err159 = { instancePath: instancePath + "/waivers/" + i17, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "approver" }, message: "must have required property 'approver'", schema: schema31.properties.waivers.items.required, parentSchema: schema31.properties.waivers.items, data: data59 };
              if (vErrors === null) {
                vErrors = [err159];
              } else {
                vErrors.push(err159);
              }
              errors++;
            }
            if (data59.expires === void 0) {
              const err160 = { instancePath: instancePath + "/waivers/" + i17, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'", schema: schema31.properties.waivers.items.required, parentSchema: schema31.properties.waivers.items, data: data59 };
              if (vErrors === null) {
                vErrors = [err160];
              } else {
                vErrors.push(err160);
              }
              errors++;
            }
            for (const key5 in data59) {
              if (!(key5 === "rule" || key5 === "paths" || key5 === "nodes" || key5 === "types" || key5 === "reason" || key5 === "approver" || key5 === "expires")) {
                const err161 = { instancePath: instancePath + "/waivers/" + i17, schemaPath: "#/properties/waivers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.waivers.items, data: data59 };
                if (vErrors === null) {
                  vErrors = [err161];
                } else {
                  vErrors.push(err161);
                }
                errors++;
              }
            }
            if (data59.rule !== void 0) {
              let data60 = data59.rule;
              if (typeof data60 === "string") {
                if (!pattern21.test(data60)) {
                  const err162 = { instancePath: instancePath + "/waivers/" + i17 + "/rule", schemaPath: "#/properties/waivers/items/properties/rule/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+(/[a-z0-9-]+)?$" }, message: 'must match pattern "^[a-z0-9-]+(/[a-z0-9-]+)?$"', schema: "^[a-z0-9-]+(/[a-z0-9-]+)?$", parentSchema: schema31.properties.waivers.items.properties.rule, data: data60 };
                  if (vErrors === null) {
                    vErrors = [err162];
                  } else {
                    vErrors.push(err162);
                  }
                  errors++;
                }
              } else {
                const err163 = { instancePath: instancePath + "/waivers/" + i17 + "/rule", schemaPath: "#/properties/waivers/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.waivers.items.properties.rule.type, parentSchema: schema31.properties.waivers.items.properties.rule, data: data60 };
                if (vErrors === null) {
                  vErrors = [err163];
                } else {
                  vErrors.push(err163);
                }
                errors++;
              }
            }
            if (data59.paths !== void 0) {
              let data61 = data59.paths;
              if (Array.isArray(data61)) {
                const len18 = data61.length;
                for (let i18 = 0; i18 < len18; i18++) {
                  let data62 = data61[i18];
                  if (typeof data62 === "string") {
                    if (func3(data62) > 200) {
                      const err164 = { instancePath: instancePath + "/waivers/" + i17 + "/paths/" + i18, schemaPath: "#/properties/waivers/items/properties/paths/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema31.properties.waivers.items.properties.paths.items, data: data62 };
                      if (vErrors === null) {
                        vErrors = [err164];
                      } else {
                        vErrors.push(err164);
                      }
                      errors++;
                    }
                    if (func3(data62) < 1) {
                      const err165 = { instancePath: instancePath + "/waivers/" + i17 + "/paths/" + i18, schemaPath: "#/properties/waivers/items/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.waivers.items.properties.paths.items, data: data62 };
                      if (vErrors === null) {
                        vErrors = [err165];
                      } else {
                        vErrors.push(err165);
                      }
                      errors++;
                    }
                  } else {
                    const err166 = { instancePath: instancePath + "/waivers/" + i17 + "/paths/" + i18, schemaPath: "#/properties/waivers/items/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.waivers.items.properties.paths.items.type, parentSchema: schema31.properties.waivers.items.properties.paths.items, data: data62 };
                    if (vErrors === null) {
                      vErrors = [err166];
                    } else {
                      vErrors.push(err166);
                    }
                    errors++;
                  }
                }
              } else {
                const err167 = { instancePath: instancePath + "/waivers/" + i17 + "/paths", schemaPath: "#/properties/waivers/items/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.waivers.items.properties.paths.type, parentSchema: schema31.properties.waivers.items.properties.paths, data: data61 };
                if (vErrors === null) {
                  vErrors = [err167];
                } else {
                  vErrors.push(err167);
                }
                errors++;
              }
            }
            if (data59.nodes !== void 0) {
              let data63 = data59.nodes;
              if (Array.isArray(data63)) {
                if (data63.length > 200) {
                  const err168 = { instancePath: instancePath + "/waivers/" + i17 + "/nodes", schemaPath: "#/properties/waivers/items/properties/nodes/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items", schema: 200, parentSchema: schema31.properties.waivers.items.properties.nodes, data: data63 };
                  if (vErrors === null) {
                    vErrors = [err168];
                  } else {
                    vErrors.push(err168);
                  }
                  errors++;
                }
                const len19 = data63.length;
                for (let i19 = 0; i19 < len19; i19++) {
                  let data64 = data63[i19];
                  if (typeof data64 === "string") {
                    if (func3(data64) > 300) {
                      const err169 = { instancePath: instancePath + "/waivers/" + i17 + "/nodes/" + i19, schemaPath: "#/properties/waivers/items/properties/nodes/items/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema31.properties.waivers.items.properties.nodes.items, data: data64 };
                      if (vErrors === null) {
                        vErrors = [err169];
                      } else {
                        vErrors.push(err169);
                      }
                      errors++;
                    }
                    if (!pattern22.test(data64)) {
                      const err170 = { instancePath: instancePath + "/waivers/" + i17 + "/nodes/" + i19, schemaPath: "#/properties/waivers/items/properties/nodes/items/pattern", keyword: "pattern", params: { pattern: "^[^#]+#[^#]+$" }, message: 'must match pattern "^[^#]+#[^#]+$"', schema: "^[^#]+#[^#]+$", parentSchema: schema31.properties.waivers.items.properties.nodes.items, data: data64 };
                      if (vErrors === null) {
                        vErrors = [err170];
                      } else {
                        vErrors.push(err170);
                      }
                      errors++;
                    }
                  } else {
                    const err171 = { instancePath: instancePath + "/waivers/" + i17 + "/nodes/" + i19, schemaPath: "#/properties/waivers/items/properties/nodes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.waivers.items.properties.nodes.items.type, parentSchema: schema31.properties.waivers.items.properties.nodes.items, data: data64 };
                    if (vErrors === null) {
                      vErrors = [err171];
                    } else {
                      vErrors.push(err171);
                    }
                    errors++;
                  }
                }
              } else {
                const err172 = { instancePath: instancePath + "/waivers/" + i17 + "/nodes", schemaPath: "#/properties/waivers/items/properties/nodes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.waivers.items.properties.nodes.type, parentSchema: schema31.properties.waivers.items.properties.nodes, data: data63 };
                if (vErrors === null) {
                  vErrors = [err172];
                } else {
                  vErrors.push(err172);
                }
                errors++;
              }
            }
            if (data59.types !== void 0) {
              let data65 = data59.types;
              if (Array.isArray(data65)) {
                if (data65.length > 200) {
                  const err173 = { instancePath: instancePath + "/waivers/" + i17 + "/types", schemaPath: "#/properties/waivers/items/properties/types/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items", schema: 200, parentSchema: schema31.properties.waivers.items.properties.types, data: data65 };
                  if (vErrors === null) {
                    vErrors = [err173];
                  } else {
                    vErrors.push(err173);
                  }
                  errors++;
                }
                const len20 = data65.length;
                for (let i20 = 0; i20 < len20; i20++) {
                  let data66 = data65[i20];
                  if (typeof data66 === "string") {
                    if (func3(data66) > 200) {
                      const err174 = { instancePath: instancePath + "/waivers/" + i17 + "/types/" + i20, schemaPath: "#/properties/waivers/items/properties/types/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema31.properties.waivers.items.properties.types.items, data: data66 };
                      if (vErrors === null) {
                        vErrors = [err174];
                      } else {
                        vErrors.push(err174);
                      }
                      errors++;
                    }
                    if (func3(data66) < 1) {
                      const err175 = { instancePath: instancePath + "/waivers/" + i17 + "/types/" + i20, schemaPath: "#/properties/waivers/items/properties/types/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.waivers.items.properties.types.items, data: data66 };
                      if (vErrors === null) {
                        vErrors = [err175];
                      } else {
                        vErrors.push(err175);
                      }
                      errors++;
                    }
                  } else {
                    const err176 = { instancePath: instancePath + "/waivers/" + i17 + "/types/" + i20, schemaPath: "#/properties/waivers/items/properties/types/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.waivers.items.properties.types.items.type, parentSchema: schema31.properties.waivers.items.properties.types.items, data: data66 };
                    if (vErrors === null) {
                      vErrors = [err176];
                    } else {
                      vErrors.push(err176);
                    }
                    errors++;
                  }
                }
              } else {
                const err177 = { instancePath: instancePath + "/waivers/" + i17 + "/types", schemaPath: "#/properties/waivers/items/properties/types/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.waivers.items.properties.types.type, parentSchema: schema31.properties.waivers.items.properties.types, data: data65 };
                if (vErrors === null) {
                  vErrors = [err177];
                } else {
                  vErrors.push(err177);
                }
                errors++;
              }
            }
            if (data59.reason !== void 0) {
              let data67 = data59.reason;
              if (typeof data67 === "string") {
                if (func3(data67) > 300) {
                  const err178 = { instancePath: instancePath + "/waivers/" + i17 + "/reason", schemaPath: "#/properties/waivers/items/properties/reason/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema31.properties.waivers.items.properties.reason, data: data67 };
                  if (vErrors === null) {
                    vErrors = [err178];
                  } else {
                    vErrors.push(err178);
                  }
                  errors++;
                }
                if (func3(data67) < 3) {
                  const err179 = { instancePath: instancePath + "/waivers/" + i17 + "/reason", schemaPath: "#/properties/waivers/items/properties/reason/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema31.properties.waivers.items.properties.reason, data: data67 };
                  if (vErrors === null) {
                    vErrors = [err179];
                  } else {
                    vErrors.push(err179);
                  }
                  errors++;
                }
              } else {
                const err180 = { instancePath: instancePath + "/waivers/" + i17 + "/reason", schemaPath: "#/properties/waivers/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.waivers.items.properties.reason.type, parentSchema: schema31.properties.waivers.items.properties.reason, data: data67 };
                if (vErrors === null) {
                  vErrors = [err180];
                } else {
                  vErrors.push(err180);
                }
                errors++;
              }
            }
            if (data59.approver !== void 0) {
              let data68 = data59.approver;
              if (typeof data68 === "string") {
                if (func3(data68) > 100) {
                  const err181 = { instancePath: instancePath + "/waivers/" + i17 + "/approver", schemaPath: "#/properties/waivers/items/properties/approver/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema31.properties.waivers.items.properties.approver, data: data68 };
                  if (vErrors === null) {
                    vErrors = [err181];
                  } else {
                    vErrors.push(err181);
                  }
                  errors++;
                }
                if (func3(data68) < 2) {
                  const err182 = { instancePath: instancePath + "/waivers/" + i17 + "/approver", schemaPath: "#/properties/waivers/items/properties/approver/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters", schema: 2, parentSchema: schema31.properties.waivers.items.properties.approver, data: data68 };
                  if (vErrors === null) {
                    vErrors = [err182];
                  } else {
                    vErrors.push(err182);
                  }
                  errors++;
                }
              } else {
                const err183 = { instancePath: instancePath + "/waivers/" + i17 + "/approver", schemaPath: "#/properties/waivers/items/properties/approver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.waivers.items.properties.approver.type, parentSchema: schema31.properties.waivers.items.properties.approver, data: data68 };
                if (vErrors === null) {
                  vErrors = [err183];
                } else {
                  vErrors.push(err183);
                }
                errors++;
              }
            }
            if (data59.expires !== void 0) {
              let data69 = data59.expires;
              if (typeof data69 === "string") {
                if (!pattern23.test(data69)) {
                  const err184 = { instancePath: instancePath + "/waivers/" + i17 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema31.properties.waivers.items.properties.expires, data: data69 };
                  if (vErrors === null) {
                    vErrors = [err184];
                  } else {
                    vErrors.push(err184);
                  }
                  errors++;
                }
              } else {
                const err185 = { instancePath: instancePath + "/waivers/" + i17 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.waivers.items.properties.expires.type, parentSchema: schema31.properties.waivers.items.properties.expires, data: data69 };
                if (vErrors === null) {
                  vErrors = [err185];
                } else {
                  vErrors.push(err185);
                }
                errors++;
              }
            }
          } else {
            const err186 = { instancePath: instancePath + "/waivers/" + i17, schemaPath: "#/properties/waivers/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.waivers.items.type, parentSchema: schema31.properties.waivers.items, data: data59 };
            if (vErrors === null) {
              vErrors = [err186];
            } else {
              vErrors.push(err186);
            }
            errors++;
          }
        }
      } else {
        const err187 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.waivers.type, parentSchema: schema31.properties.waivers, data: data58 };
        if (vErrors === null) {
          vErrors = [err187];
        } else {
          vErrors.push(err187);
        }
        errors++;
      }
    }
    if (data.policy !== void 0) {
      let data70 = data.policy;
      if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
        for (const key6 in data70) {
          if (!(key6 === "evidenceMaxAgeDays" || key6 === "failureEvents" || key6 === "wellKnownTokens" || key6 === "keyRotationDays" || key6 === "maxWaiverDays")) {
            const err188 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.policy, data: data70 };
            if (vErrors === null) {
              vErrors = [err188];
            } else {
              vErrors.push(err188);
            }
            errors++;
          }
        }
        if (data70.evidenceMaxAgeDays !== void 0) {
          let data71 = data70.evidenceMaxAgeDays;
          if (!(typeof data71 == "number" && (!(data71 % 1) && !isNaN(data71)) && isFinite(data71))) {
            const err189 = { instancePath: instancePath + "/policy/evidenceMaxAgeDays", schemaPath: "#/properties/policy/properties/evidenceMaxAgeDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.policy.properties.evidenceMaxAgeDays.type, parentSchema: schema31.properties.policy.properties.evidenceMaxAgeDays, data: data71 };
            if (vErrors === null) {
              vErrors = [err189];
            } else {
              vErrors.push(err189);
            }
            errors++;
          }
          if (typeof data71 == "number" && isFinite(data71)) {
            if (data71 > 3650 || isNaN(data71)) {
              const err190 = { instancePath: instancePath + "/policy/evidenceMaxAgeDays", schemaPath: "#/properties/policy/properties/evidenceMaxAgeDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650", schema: 3650, parentSchema: schema31.properties.policy.properties.evidenceMaxAgeDays, data: data71 };
              if (vErrors === null) {
                vErrors = [err190];
              } else {
                vErrors.push(err190);
              }
              errors++;
            }
            if (data71 < 1 || isNaN(data71)) {
              const err191 = { instancePath: instancePath + "/policy/evidenceMaxAgeDays", schemaPath: "#/properties/policy/properties/evidenceMaxAgeDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.policy.properties.evidenceMaxAgeDays, data: data71 };
              if (vErrors === null) {
                vErrors = [err191];
              } else {
                vErrors.push(err191);
              }
              errors++;
            }
          }
        }
        if (data70.failureEvents !== void 0) {
          let data72 = data70.failureEvents;
          if (Array.isArray(data72)) {
            if (data72.length > 50) {
              const err192 = { instancePath: instancePath + "/policy/failureEvents", schemaPath: "#/properties/policy/properties/failureEvents/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: schema31.properties.policy.properties.failureEvents, data: data72 };
              if (vErrors === null) {
                vErrors = [err192];
              } else {
                vErrors.push(err192);
              }
              errors++;
            }
            if (data72.length < 1) {
              const err193 = { instancePath: instancePath + "/policy/failureEvents", schemaPath: "#/properties/policy/properties/failureEvents/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.policy.properties.failureEvents, data: data72 };
              if (vErrors === null) {
                vErrors = [err193];
              } else {
                vErrors.push(err193);
              }
              errors++;
            }
            const len21 = data72.length;
            for (let i21 = 0; i21 < len21; i21++) {
              let data73 = data72[i21];
              if (typeof data73 === "string") {
                if (!pattern24.test(data73)) {
                  const err194 = { instancePath: instancePath + "/policy/failureEvents/" + i21, schemaPath: "#/properties/policy/properties/failureEvents/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z_]*(?:\\.[a-z][a-z_]*)+$" }, message: 'must match pattern "^[a-z][a-z_]*(?:\\.[a-z][a-z_]*)+$"', schema: "^[a-z][a-z_]*(?:\\.[a-z][a-z_]*)+$", parentSchema: schema31.properties.policy.properties.failureEvents.items, data: data73 };
                  if (vErrors === null) {
                    vErrors = [err194];
                  } else {
                    vErrors.push(err194);
                  }
                  errors++;
                }
              } else {
                const err195 = { instancePath: instancePath + "/policy/failureEvents/" + i21, schemaPath: "#/properties/policy/properties/failureEvents/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.policy.properties.failureEvents.items.type, parentSchema: schema31.properties.policy.properties.failureEvents.items, data: data73 };
                if (vErrors === null) {
                  vErrors = [err195];
                } else {
                  vErrors.push(err195);
                }
                errors++;
              }
            }
            let i22 = data72.length;
            let j0;
            if (i22 > 1) {
              const indices0 = {};
              for (; i22--; ) {
                let item0 = data72[i22];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err196 = { instancePath: instancePath + "/policy/failureEvents", schemaPath: "#/properties/policy/properties/failureEvents/uniqueItems", keyword: "uniqueItems", params: { i: i22, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i22 + " are identical)", schema: true, parentSchema: schema31.properties.policy.properties.failureEvents, data: data72 };
                  if (vErrors === null) {
                    vErrors = [err196];
                  } else {
                    vErrors.push(err196);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i22;
              }
            }
          } else {
            const err197 = { instancePath: instancePath + "/policy/failureEvents", schemaPath: "#/properties/policy/properties/failureEvents/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.policy.properties.failureEvents.type, parentSchema: schema31.properties.policy.properties.failureEvents, data: data72 };
            if (vErrors === null) {
              vErrors = [err197];
            } else {
              vErrors.push(err197);
            }
            errors++;
          }
        }
        if (data70.wellKnownTokens !== void 0) {
          let data74 = data70.wellKnownTokens;
          if (Array.isArray(data74)) {
            if (data74.length > 500) {
              const err198 = { instancePath: instancePath + "/policy/wellKnownTokens", schemaPath: "#/properties/policy/properties/wellKnownTokens/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items", schema: 500, parentSchema: schema31.properties.policy.properties.wellKnownTokens, data: data74 };
              if (vErrors === null) {
                vErrors = [err198];
              } else {
                vErrors.push(err198);
              }
              errors++;
            }
            const len22 = data74.length;
            for (let i23 = 0; i23 < len22; i23++) {
              let data75 = data74[i23];
              if (typeof data75 === "string") {
                if (!pattern25.test(data75)) {
                  const err199 = { instancePath: instancePath + "/policy/wellKnownTokens/" + i23, schemaPath: "#/properties/policy/properties/wellKnownTokens/items/pattern", keyword: "pattern", params: { pattern: "^0x[0-9a-fA-F]{40}$" }, message: 'must match pattern "^0x[0-9a-fA-F]{40}$"', schema: "^0x[0-9a-fA-F]{40}$", parentSchema: schema31.properties.policy.properties.wellKnownTokens.items, data: data75 };
                  if (vErrors === null) {
                    vErrors = [err199];
                  } else {
                    vErrors.push(err199);
                  }
                  errors++;
                }
              } else {
                const err200 = { instancePath: instancePath + "/policy/wellKnownTokens/" + i23, schemaPath: "#/properties/policy/properties/wellKnownTokens/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.policy.properties.wellKnownTokens.items.type, parentSchema: schema31.properties.policy.properties.wellKnownTokens.items, data: data75 };
                if (vErrors === null) {
                  vErrors = [err200];
                } else {
                  vErrors.push(err200);
                }
                errors++;
              }
            }
            let i24 = data74.length;
            let j1;
            if (i24 > 1) {
              const indices1 = {};
              for (; i24--; ) {
                let item1 = data74[i24];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j1 = indices1[item1];
                  const err201 = { instancePath: instancePath + "/policy/wellKnownTokens", schemaPath: "#/properties/policy/properties/wellKnownTokens/uniqueItems", keyword: "uniqueItems", params: { i: i24, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i24 + " are identical)", schema: true, parentSchema: schema31.properties.policy.properties.wellKnownTokens, data: data74 };
                  if (vErrors === null) {
                    vErrors = [err201];
                  } else {
                    vErrors.push(err201);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i24;
              }
            }
          } else {
            const err202 = { instancePath: instancePath + "/policy/wellKnownTokens", schemaPath: "#/properties/policy/properties/wellKnownTokens/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.policy.properties.wellKnownTokens.type, parentSchema: schema31.properties.policy.properties.wellKnownTokens, data: data74 };
            if (vErrors === null) {
              vErrors = [err202];
            } else {
              vErrors.push(err202);
            }
            errors++;
          }
        }
        if (data70.keyRotationDays !== void 0) {
          let data76 = data70.keyRotationDays;
          if (!(typeof data76 == "number" && (!(data76 % 1) && !isNaN(data76)) && isFinite(data76))) {
            const err203 = { instancePath: instancePath + "/policy/keyRotationDays", schemaPath: "#/properties/policy/properties/keyRotationDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.policy.properties.keyRotationDays.type, parentSchema: schema31.properties.policy.properties.keyRotationDays, data: data76 };
            if (vErrors === null) {
              vErrors = [err203];
            } else {
              vErrors.push(err203);
            }
            errors++;
          }
          if (typeof data76 == "number" && isFinite(data76)) {
            if (data76 > 3650 || isNaN(data76)) {
              const err204 = { instancePath: instancePath + "/policy/keyRotationDays", schemaPath: "#/properties/policy/properties/keyRotationDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650", schema: 3650, parentSchema: schema31.properties.policy.properties.keyRotationDays, data: data76 };
              if (vErrors === null) {
                vErrors = [err204];
              } else {
                vErrors.push(err204);
              }
              errors++;
            }
            if (data76 < 1 || isNaN(data76)) {
              const err205 = { instancePath: instancePath + "/policy/keyRotationDays", schemaPath: "#/properties/policy/properties/keyRotationDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.policy.properties.keyRotationDays, data: data76 };
              if (vErrors === null) {
                vErrors = [err205];
              } else {
                vErrors.push(err205);
              }
              errors++;
            }
          }
        }
        if (data70.maxWaiverDays !== void 0) {
          let data77 = data70.maxWaiverDays;
          if (!(typeof data77 == "number" && (!(data77 % 1) && !isNaN(data77)) && isFinite(data77))) {
            const err206 = { instancePath: instancePath + "/policy/maxWaiverDays", schemaPath: "#/properties/policy/properties/maxWaiverDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.policy.properties.maxWaiverDays.type, parentSchema: schema31.properties.policy.properties.maxWaiverDays, data: data77 };
            if (vErrors === null) {
              vErrors = [err206];
            } else {
              vErrors.push(err206);
            }
            errors++;
          }
          if (typeof data77 == "number" && isFinite(data77)) {
            if (data77 > 3650 || isNaN(data77)) {
              const err207 = { instancePath: instancePath + "/policy/maxWaiverDays", schemaPath: "#/properties/policy/properties/maxWaiverDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650", schema: 3650, parentSchema: schema31.properties.policy.properties.maxWaiverDays, data: data77 };
              if (vErrors === null) {
                vErrors = [err207];
              } else {
                vErrors.push(err207);
              }
              errors++;
            }
            if (data77 < 1 || isNaN(data77)) {
              const err208 = { instancePath: instancePath + "/policy/maxWaiverDays", schemaPath: "#/properties/policy/properties/maxWaiverDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.policy.properties.maxWaiverDays, data: data77 };
              if (vErrors === null) {
                vErrors = [err208];
              } else {
                vErrors.push(err208);
              }
              errors++;
            }
          }
        }
      } else {
        const err209 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.policy.type, parentSchema: schema31.properties.policy, data: data70 };
        if (vErrors === null) {
          vErrors = [err209];
        } else {
          vErrors.push(err209);
        }
        errors++;
      }
    }
    if (data.limits !== void 0) {
      let data78 = data.limits;
      if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
        for (const key7 in data78) {
          if (!(key7 === "maxFileBytes" || key7 === "maxYamlBytes" || key7 === "maxDepth" || key7 === "maxNodes" || key7 === "maxAliases")) {
            const err210 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.limits, data: data78 };
            if (vErrors === null) {
              vErrors = [err210];
            } else {
              vErrors.push(err210);
            }
            errors++;
          }
        }
        if (data78.maxFileBytes !== void 0) {
          let data79 = data78.maxFileBytes;
          if (!(typeof data79 == "number" && (!(data79 % 1) && !isNaN(data79)) && isFinite(data79))) {
            const err211 = { instancePath: instancePath + "/limits/maxFileBytes", schemaPath: "#/properties/limits/properties/maxFileBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.limits.properties.maxFileBytes.type, parentSchema: schema31.properties.limits.properties.maxFileBytes, data: data79 };
            if (vErrors === null) {
              vErrors = [err211];
            } else {
              vErrors.push(err211);
            }
            errors++;
          }
          if (typeof data79 == "number" && isFinite(data79)) {
            if (data79 > 16777216 || isNaN(data79)) {
              const err212 = { instancePath: instancePath + "/limits/maxFileBytes", schemaPath: "#/properties/limits/properties/maxFileBytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 16777216 }, message: "must be <= 16777216", schema: 16777216, parentSchema: schema31.properties.limits.properties.maxFileBytes, data: data79 };
              if (vErrors === null) {
                vErrors = [err212];
              } else {
                vErrors.push(err212);
              }
              errors++;
            }
            if (data79 < 1024 || isNaN(data79)) {
              const err213 = { instancePath: instancePath + "/limits/maxFileBytes", schemaPath: "#/properties/limits/properties/maxFileBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1024 }, message: "must be >= 1024", schema: 1024, parentSchema: schema31.properties.limits.properties.maxFileBytes, data: data79 };
              if (vErrors === null) {
                vErrors = [err213];
              } else {
                vErrors.push(err213);
              }
              errors++;
            }
          }
        }
        if (data78.maxYamlBytes !== void 0) {
          let data80 = data78.maxYamlBytes;
          if (!(typeof data80 == "number" && (!(data80 % 1) && !isNaN(data80)) && isFinite(data80))) {
            const err214 = { instancePath: instancePath + "/limits/maxYamlBytes", schemaPath: "#/properties/limits/properties/maxYamlBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.limits.properties.maxYamlBytes.type, parentSchema: schema31.properties.limits.properties.maxYamlBytes, data: data80 };
            if (vErrors === null) {
              vErrors = [err214];
            } else {
              vErrors.push(err214);
            }
            errors++;
          }
          if (typeof data80 == "number" && isFinite(data80)) {
            if (data80 > 4194304 || isNaN(data80)) {
              const err215 = { instancePath: instancePath + "/limits/maxYamlBytes", schemaPath: "#/properties/limits/properties/maxYamlBytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4194304 }, message: "must be <= 4194304", schema: 4194304, parentSchema: schema31.properties.limits.properties.maxYamlBytes, data: data80 };
              if (vErrors === null) {
                vErrors = [err215];
              } else {
                vErrors.push(err215);
              }
              errors++;
            }
            if (data80 < 1024 || isNaN(data80)) {
              const err216 = { instancePath: instancePath + "/limits/maxYamlBytes", schemaPath: "#/properties/limits/properties/maxYamlBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1024 }, message: "must be >= 1024", schema: 1024, parentSchema: schema31.properties.limits.properties.maxYamlBytes, data: data80 };
              if (vErrors === null) {
                vErrors = [err216];
              } else {
                vErrors.push(err216);
              }
              errors++;
            }
          }
        }
        if (data78.maxDepth !== void 0) {
          let data81 = data78.maxDepth;
          if (!(typeof data81 == "number" && (!(data81 % 1) && !isNaN(data81)) && isFinite(data81))) {
            const err217 = { instancePath: instancePath + "/limits/maxDepth", schemaPath: "#/properties/limits/properties/maxDepth/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.limits.properties.maxDepth.type, parentSchema: schema31.properties.limits.properties.maxDepth, data: data81 };
            if (vErrors === null) {
              vErrors = [err217];
            } else {
              vErrors.push(err217);
            }
            errors++;
          }
          if (typeof data81 == "number" && isFinite(data81)) {
            if (data81 > 256 || isNaN(data81)) {
              const err218 = { instancePath: instancePath + "/limits/maxDepth", schemaPath: "#/properties/limits/properties/maxDepth/maximum", keyword: "maximum", params: { comparison: "<=", limit: 256 }, message: "must be <= 256", schema: 256, parentSchema: schema31.properties.limits.properties.maxDepth, data: data81 };
              if (vErrors === null) {
                vErrors = [err218];
              } else {
                vErrors.push(err218);
              }
              errors++;
            }
            if (data81 < 8 || isNaN(data81)) {
              const err219 = { instancePath: instancePath + "/limits/maxDepth", schemaPath: "#/properties/limits/properties/maxDepth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 8 }, message: "must be >= 8", schema: 8, parentSchema: schema31.properties.limits.properties.maxDepth, data: data81 };
              if (vErrors === null) {
                vErrors = [err219];
              } else {
                vErrors.push(err219);
              }
              errors++;
            }
          }
        }
        if (data78.maxNodes !== void 0) {
          let data82 = data78.maxNodes;
          if (!(typeof data82 == "number" && (!(data82 % 1) && !isNaN(data82)) && isFinite(data82))) {
            const err220 = { instancePath: instancePath + "/limits/maxNodes", schemaPath: "#/properties/limits/properties/maxNodes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.limits.properties.maxNodes.type, parentSchema: schema31.properties.limits.properties.maxNodes, data: data82 };
            if (vErrors === null) {
              vErrors = [err220];
            } else {
              vErrors.push(err220);
            }
            errors++;
          }
          if (typeof data82 == "number" && isFinite(data82)) {
            if (data82 > 1e6 || isNaN(data82)) {
              const err221 = { instancePath: instancePath + "/limits/maxNodes", schemaPath: "#/properties/limits/properties/maxNodes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000", schema: 1e6, parentSchema: schema31.properties.limits.properties.maxNodes, data: data82 };
              if (vErrors === null) {
                vErrors = [err221];
              } else {
                vErrors.push(err221);
              }
              errors++;
            }
            if (data82 < 100 || isNaN(data82)) {
              const err222 = { instancePath: instancePath + "/limits/maxNodes", schemaPath: "#/properties/limits/properties/maxNodes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema31.properties.limits.properties.maxNodes, data: data82 };
              if (vErrors === null) {
                vErrors = [err222];
              } else {
                vErrors.push(err222);
              }
              errors++;
            }
          }
        }
        if (data78.maxAliases !== void 0) {
          let data83 = data78.maxAliases;
          if (!(typeof data83 == "number" && (!(data83 % 1) && !isNaN(data83)) && isFinite(data83))) {
            const err223 = { instancePath: instancePath + "/limits/maxAliases", schemaPath: "#/properties/limits/properties/maxAliases/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.limits.properties.maxAliases.type, parentSchema: schema31.properties.limits.properties.maxAliases, data: data83 };
            if (vErrors === null) {
              vErrors = [err223];
            } else {
              vErrors.push(err223);
            }
            errors++;
          }
          if (typeof data83 == "number" && isFinite(data83)) {
            if (data83 > 1e3 || isNaN(data83)) {
              const err224 = { instancePath: instancePath + "/limits/maxAliases", schemaPath: "#/properties/limits/properties/maxAliases/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema31.properties.limits.properties.maxAliases, data: data83 };
              if (vErrors === null) {
                vErrors = [err224];
              } else {
                vErrors.push(err224);
              }
              errors++;
            }
            if (data83 < 0 || isNaN(data83)) {
              const err225 = { instancePath: instancePath + "/limits/maxAliases", schemaPath: "#/properties/limits/properties/maxAliases/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.limits.properties.maxAliases, data: data83 };
              if (vErrors === null) {
                vErrors = [err225];
              } else {
                vErrors.push(err225);
              }
              errors++;
            }
          }
        }
      } else {
        const err226 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.limits.type, parentSchema: schema31.properties.limits, data: data78 };
        if (vErrors === null) {
          vErrors = [err226];
        } else {
          vErrors.push(err226);
        }
        errors++;
      }
    }
  } else {
    const err227 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err227];
    } else {
      vErrors.push(err227);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var workflow = validate21;
var schema32 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://b3os-readiness.dev/schemas/workflow.schema.json", "title": "B3OS workflow file (workflows/<slug>/workflow.json)", "description": "The exact body of the B3OS create-workflow request (POST /v1/workflows, CreateWorkflowParams). Node payloads are not constrained here: b3os-readiness checks each payload against its action's or trigger's payloadSchema.", "type": "object", "required": ["name", "description", "definition"], "additionalProperties": false, "properties": { "$schema": { "description": "Optional schema reference for editors; ignored by the B3OS API.", "type": "string" }, "name": { "description": "Workflow name shown in B3OS, 1 to 255 characters.", "type": "string", "minLength": 1, "maxLength": 255 }, "description": { "description": "What the workflow does and why, at most 2000 characters.", "type": "string", "maxLength": 2e3 }, "definition": { "$ref": "#/$defs/definition" }, "cooldownMs": { "description": "Minimum time between two runs in milliseconds (at least 1000).", "type": "integer", "minimum": 1e3 }, "maxRuns": { "description": "Number of runs after which the workflow pauses itself (1 to 99999).", "type": "integer", "minimum": 1, "maximum": 99999 }, "uiMetadata": { "$ref": "#/$defs/uiMetadata" }, "templateId": { "description": "Template this workflow was created from (tracks the template's fork count).", "type": "string" }, "conversationId": { "description": "Conversation that created this workflow.", "type": "string" }, "sessionId": { "description": "Chat session whose history migrates to this workflow.", "type": "string" } }, "$defs": { "nodeId": { "description": "A node id: 1 to 64 letters, digits, '_' or '-'. Readable ids such as check_balance are recommended; do not rename ids used by published workflows.", "type": "string", "pattern": "^[A-Za-z0-9_-]{1,64}$" }, "nodeIdList": { "type": "array", "items": { "$ref": "#/$defs/nodeId" }, "uniqueItems": true }, "definition": { "description": "The workflow graph (WorkflowDefinition).", "type": "object", "required": ["nodes"], "additionalProperties": false, "properties": { "nodes": { "description": "Every node of the graph, keyed by node id. The trigger node is usually 'root'.", "type": "object", "minProperties": 1, "propertyNames": { "$ref": "#/$defs/nodeId" }, "additionalProperties": { "$ref": "#/$defs/node" } }, "triggerNodeIds": { "description": 'Ids of the trigger (root) nodes: ["root"] for a single trigger, every trigger id for a multi-trigger workflow.', "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/$defs/nodeId" } }, "inputSchema": { "description": "Workflow-level inputs supplied when the workflow is run.", "type": "array", "items": { "$ref": "#/$defs/workflowInput" } }, "variableDefs": { "description": "Declared workflow variables, read as {{$vars.name}}.", "type": "array", "items": { "$ref": "#/$defs/variableDef" } }, "blockExpansions": { "description": "Block expansion metadata keyed by block node id; set by B3OS on run snapshots only.", "type": "object", "additionalProperties": { "description": "BlockExpansionMeta: blockId, blockVersion, entryNodeIds, expandedIds, outputSchema.", "type": "object" } }, "sensitivePropKeys": { "description": "Legacy list of sensitive prop keys; no longer populated for new workflows.", "type": "array", "items": { "type": "string" } } } }, "node": { "description": "One workflow node (WorkflowNode).", "type": "object", "required": ["type", "payload"], "additionalProperties": false, "properties": { "type": { "description": "Trigger type for trigger nodes, action id for every other node (lowercase, digits and hyphens, e.g. send-erc20-token).", "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$" }, "payload": { "description": "The node's configuration; validated against the action's or trigger's payloadSchema. Values may be {{…}} expressions.", "type": "object" }, "children": { "description": "Ordered ids of the nodes that run after this one.", "$ref": "#/$defs/nodeIdList" }, "branch": { "description": "Which branch of the parent this node is on: then/else under an if node, resumed/timed_out under a wait node.", "enum": ["then", "else", "resumed", "timed_out"] }, "loopBody": { "description": "Ids of the nodes run for each item of a for-each node (not listed in children).", "$ref": "#/$defs/nodeIdList" }, "connector": { "$ref": "#/$defs/connectorReference" }, "titleOverride": { "description": "Short display title (2 to 6 words).", "type": "string" }, "description": { "description": "One-sentence description of what the node does.", "type": "string" }, "resultSchema": { "description": "Output structure of this node, populated dynamically (e.g. x402 endpoints).", "type": "object" }, "blockContext": { "$ref": "#/$defs/blockContext" } } }, "connectorReference": { "description": "The connector or wallet the node runs with (ConnectorReference). Omit for nodes that need none; a wallet action without an explicit id silently uses the organization's default wallet.", "type": "object", "required": ["type"], "additionalProperties": false, "properties": { "type": { "description": "Connector type, e.g. wallet, slack, telegram.", "type": "string", "minLength": 1 }, "id": { "description": "Connector id (conn_…) or wallet id (wal_…); omitted when the user picks the connector in the B3OS UI.", "type": "string" }, "chainId": { "description": "Chain the wallet acts on (wallet connectors).", "type": "integer" }, "walletAddress": { "description": "The wallet's on-chain address, kept for round trips with the editor; B3OS resolves the address from the wallet id.", "type": "string" } } }, "blockContext": { "description": "Set on nodes expanded from a reusable block (BlockNodeContext).", "type": "object", "additionalProperties": false, "properties": { "blockId": { "description": "Block entity id.", "type": "string" }, "blockNodeId": { "description": "Original block node id in the workflow.", "type": "string" }, "blockVersion": { "description": "Pinned block version.", "type": "integer" }, "inputMapping": { "description": "Values for the block's {{$inputs.key}} references.", "type": "object" } } }, "workflowInput": { "description": "One workflow input (WorkflowInput).", "type": "object", "required": ["key", "type"], "additionalProperties": false, "properties": { "key": { "description": "Input key, read as {{$inputs.key}}.", "type": "string", "minLength": 1 }, "type": { "description": "Input value type.", "enum": ["string", "number", "boolean", "object", "array"] }, "required": { "description": "Whether a run must supply this input.", "type": "boolean" }, "description": { "description": "What the input is for.", "type": "string" } } }, "variableDef": { "description": "One workflow variable (VariableDef).", "type": "object", "required": ["name", "type"], "additionalProperties": false, "properties": { "name": { "description": "Variable name, read as {{$vars.name}}.", "type": "string", "minLength": 1 }, "type": { "description": "Variable value type.", "enum": ["number", "text", "boolean", "list", "object"] }, "lifetime": { "description": "persist keeps the value across runs; reset starts every run from the default.", "enum": ["persist", "reset"] }, "default": { "description": "Initial value." }, "description": { "description": "What the variable holds.", "type": "string" } } }, "uiMetadata": { "description": "Editor layout (WorkflowUIMetadata): node positions, sticky notes, comments. Not used at run time.", "type": "object", "additionalProperties": false, "properties": { "nodePositions": { "description": "Canvas position per node id.", "type": "object", "additionalProperties": { "type": "object" } }, "stickyNotes": { "description": "Sticky notes on the canvas.", "type": "array", "items": { "type": "object" } }, "comments": { "description": "Comments on the canvas.", "type": "array", "items": { "type": "object" } } } } } };
var schema43 = { "description": "Editor layout (WorkflowUIMetadata): node positions, sticky notes, comments. Not used at run time.", "type": "object", "additionalProperties": false, "properties": { "nodePositions": { "description": "Canvas position per node id.", "type": "object", "additionalProperties": { "type": "object" } }, "stickyNotes": { "description": "Sticky notes on the canvas.", "type": "array", "items": { "type": "object" } }, "comments": { "description": "Comments on the canvas.", "type": "array", "items": { "type": "object" } } } };
var schema33 = { "description": "The workflow graph (WorkflowDefinition).", "type": "object", "required": ["nodes"], "additionalProperties": false, "properties": { "nodes": { "description": "Every node of the graph, keyed by node id. The trigger node is usually 'root'.", "type": "object", "minProperties": 1, "propertyNames": { "$ref": "#/$defs/nodeId" }, "additionalProperties": { "$ref": "#/$defs/node" } }, "triggerNodeIds": { "description": 'Ids of the trigger (root) nodes: ["root"] for a single trigger, every trigger id for a multi-trigger workflow.', "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/$defs/nodeId" } }, "inputSchema": { "description": "Workflow-level inputs supplied when the workflow is run.", "type": "array", "items": { "$ref": "#/$defs/workflowInput" } }, "variableDefs": { "description": "Declared workflow variables, read as {{$vars.name}}.", "type": "array", "items": { "$ref": "#/$defs/variableDef" } }, "blockExpansions": { "description": "Block expansion metadata keyed by block node id; set by B3OS on run snapshots only.", "type": "object", "additionalProperties": { "description": "BlockExpansionMeta: blockId, blockVersion, entryNodeIds, expandedIds, outputSchema.", "type": "object" } }, "sensitivePropKeys": { "description": "Legacy list of sensitive prop keys; no longer populated for new workflows.", "type": "array", "items": { "type": "string" } } } };
var schema34 = { "description": "A node id: 1 to 64 letters, digits, '_' or '-'. Readable ids such as check_balance are recommended; do not rename ids used by published workflows.", "type": "string", "pattern": "^[A-Za-z0-9_-]{1,64}$" };
var schema41 = { "description": "One workflow input (WorkflowInput).", "type": "object", "required": ["key", "type"], "additionalProperties": false, "properties": { "key": { "description": "Input key, read as {{$inputs.key}}.", "type": "string", "minLength": 1 }, "type": { "description": "Input value type.", "enum": ["string", "number", "boolean", "object", "array"] }, "required": { "description": "Whether a run must supply this input.", "type": "boolean" }, "description": { "description": "What the input is for.", "type": "string" } } };
var schema42 = { "description": "One workflow variable (VariableDef).", "type": "object", "required": ["name", "type"], "additionalProperties": false, "properties": { "name": { "description": "Variable name, read as {{$vars.name}}.", "type": "string", "minLength": 1 }, "type": { "description": "Variable value type.", "enum": ["number", "text", "boolean", "list", "object"] }, "lifetime": { "description": "persist keeps the value across runs; reset starts every run from the default.", "enum": ["persist", "reset"] }, "default": { "description": "Initial value." }, "description": { "description": "What the variable holds.", "type": "string" } } };
var pattern26 = new RegExp("^[A-Za-z0-9_-]{1,64}$", "u");
var schema35 = { "description": "One workflow node (WorkflowNode).", "type": "object", "required": ["type", "payload"], "additionalProperties": false, "properties": { "type": { "description": "Trigger type for trigger nodes, action id for every other node (lowercase, digits and hyphens, e.g. send-erc20-token).", "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$" }, "payload": { "description": "The node's configuration; validated against the action's or trigger's payloadSchema. Values may be {{…}} expressions.", "type": "object" }, "children": { "description": "Ordered ids of the nodes that run after this one.", "$ref": "#/$defs/nodeIdList" }, "branch": { "description": "Which branch of the parent this node is on: then/else under an if node, resumed/timed_out under a wait node.", "enum": ["then", "else", "resumed", "timed_out"] }, "loopBody": { "description": "Ids of the nodes run for each item of a for-each node (not listed in children).", "$ref": "#/$defs/nodeIdList" }, "connector": { "$ref": "#/$defs/connectorReference" }, "titleOverride": { "description": "Short display title (2 to 6 words).", "type": "string" }, "description": { "description": "One-sentence description of what the node does.", "type": "string" }, "resultSchema": { "description": "Output structure of this node, populated dynamically (e.g. x402 endpoints).", "type": "object" }, "blockContext": { "$ref": "#/$defs/blockContext" } } };
var schema38 = { "description": "The connector or wallet the node runs with (ConnectorReference). Omit for nodes that need none; a wallet action without an explicit id silently uses the organization's default wallet.", "type": "object", "required": ["type"], "additionalProperties": false, "properties": { "type": { "description": "Connector type, e.g. wallet, slack, telegram.", "type": "string", "minLength": 1 }, "id": { "description": "Connector id (conn_…) or wallet id (wal_…); omitted when the user picks the connector in the B3OS UI.", "type": "string" }, "chainId": { "description": "Chain the wallet acts on (wallet connectors).", "type": "integer" }, "walletAddress": { "description": "The wallet's on-chain address, kept for round trips with the editor; B3OS resolves the address from the wallet id.", "type": "string" } } };
var schema39 = { "description": "Set on nodes expanded from a reusable block (BlockNodeContext).", "type": "object", "additionalProperties": false, "properties": { "blockId": { "description": "Block entity id.", "type": "string" }, "blockNodeId": { "description": "Original block node id in the workflow.", "type": "string" }, "blockVersion": { "description": "Pinned block version.", "type": "integer" }, "inputMapping": { "description": "Values for the block's {{$inputs.key}} references.", "type": "object" } } };
var pattern27 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
var schema36 = { "type": "array", "items": { "$ref": "#/$defs/nodeId" }, "uniqueItems": true };
var func0 = runtime1.default;
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern26.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/nodeId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{1,64}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{1,64}$"', schema: "^[A-Za-z0-9_-]{1,64}$", parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/nodeId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0:
        for (; i1--; ) {
          for (j0 = i1; j0--; ) {
            if (func0(data[i1], data[j0])) {
              const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema36, data };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
              break outer0;
            }
          }
        }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.payload === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "payload" }, message: "must have required property 'payload'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema35.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if (typeof data0 === "string") {
        if (!pattern27.test(data0)) {
          const err3 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema35.properties.type, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.type.type, parentSchema: schema35.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.payload !== void 0) {
      let data1 = data.payload;
      if (!(data1 && typeof data1 == "object" && !Array.isArray(data1))) {
        const err5 = { instancePath: instancePath + "/payload", schemaPath: "#/properties/payload/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.payload.type, parentSchema: schema35.properties.payload, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.children !== void 0) {
      if (!validate24(data.children, { instancePath: instancePath + "/children", parentData: data, parentDataProperty: "children", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.branch !== void 0) {
      let data3 = data.branch;
      if (!(data3 === "then" || data3 === "else" || data3 === "resumed" || data3 === "timed_out")) {
        const err6 = { instancePath: instancePath + "/branch", schemaPath: "#/properties/branch/enum", keyword: "enum", params: { allowedValues: schema35.properties.branch.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.branch.enum, parentSchema: schema35.properties.branch, data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.loopBody !== void 0) {
      if (!validate24(data.loopBody, { instancePath: instancePath + "/loopBody", parentData: data, parentDataProperty: "loopBody", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.connector !== void 0) {
      let data5 = data.connector;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.type === void 0) {
          const err7 = { instancePath: instancePath + "/connector", schemaPath: "#/$defs/connectorReference/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema38.required, parentSchema: schema38, data: data5 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 in data5) {
          if (!(key1 === "type" || key1 === "id" || key1 === "chainId" || key1 === "walletAddress")) {
            const err8 = { instancePath: instancePath + "/connector", schemaPath: "#/$defs/connectorReference/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data: data5 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data5.type !== void 0) {
          let data6 = data5.type;
          if (typeof data6 === "string") {
            if (func3(data6) < 1) {
              const err9 = { instancePath: instancePath + "/connector/type", schemaPath: "#/$defs/connectorReference/properties/type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.properties.type, data: data6 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/connector/type", schemaPath: "#/$defs/connectorReference/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.type.type, parentSchema: schema38.properties.type, data: data6 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data5.id !== void 0) {
          let data7 = data5.id;
          if (typeof data7 !== "string") {
            const err11 = { instancePath: instancePath + "/connector/id", schemaPath: "#/$defs/connectorReference/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.id.type, parentSchema: schema38.properties.id, data: data7 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data5.chainId !== void 0) {
          let data8 = data5.chainId;
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
            const err12 = { instancePath: instancePath + "/connector/chainId", schemaPath: "#/$defs/connectorReference/properties/chainId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema38.properties.chainId.type, parentSchema: schema38.properties.chainId, data: data8 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data5.walletAddress !== void 0) {
          let data9 = data5.walletAddress;
          if (typeof data9 !== "string") {
            const err13 = { instancePath: instancePath + "/connector/walletAddress", schemaPath: "#/$defs/connectorReference/properties/walletAddress/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.walletAddress.type, parentSchema: schema38.properties.walletAddress, data: data9 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/connector", schemaPath: "#/$defs/connectorReference/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.titleOverride !== void 0) {
      let data10 = data.titleOverride;
      if (typeof data10 !== "string") {
        const err15 = { instancePath: instancePath + "/titleOverride", schemaPath: "#/properties/titleOverride/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.titleOverride.type, parentSchema: schema35.properties.titleOverride, data: data10 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data11 = data.description;
      if (typeof data11 !== "string") {
        const err16 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.description.type, parentSchema: schema35.properties.description, data: data11 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.resultSchema !== void 0) {
      let data12 = data.resultSchema;
      if (!(data12 && typeof data12 == "object" && !Array.isArray(data12))) {
        const err17 = { instancePath: instancePath + "/resultSchema", schemaPath: "#/properties/resultSchema/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.resultSchema.type, parentSchema: schema35.properties.resultSchema, data: data12 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.blockContext !== void 0) {
      let data13 = data.blockContext;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key2 in data13) {
          if (!(key2 === "blockId" || key2 === "blockNodeId" || key2 === "blockVersion" || key2 === "inputMapping")) {
            const err18 = { instancePath: instancePath + "/blockContext", schemaPath: "#/$defs/blockContext/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data: data13 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data13.blockId !== void 0) {
          let data14 = data13.blockId;
          if (typeof data14 !== "string") {
            const err19 = { instancePath: instancePath + "/blockContext/blockId", schemaPath: "#/$defs/blockContext/properties/blockId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.blockId.type, parentSchema: schema39.properties.blockId, data: data14 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data13.blockNodeId !== void 0) {
          let data15 = data13.blockNodeId;
          if (typeof data15 !== "string") {
            const err20 = { instancePath: instancePath + "/blockContext/blockNodeId", schemaPath: "#/$defs/blockContext/properties/blockNodeId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.blockNodeId.type, parentSchema: schema39.properties.blockNodeId, data: data15 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data13.blockVersion !== void 0) {
          let data16 = data13.blockVersion;
          if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
            const err21 = { instancePath: instancePath + "/blockContext/blockVersion", schemaPath: "#/$defs/blockContext/properties/blockVersion/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema39.properties.blockVersion.type, parentSchema: schema39.properties.blockVersion, data: data16 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data13.inputMapping !== void 0) {
          let data17 = data13.inputMapping;
          if (!(data17 && typeof data17 == "object" && !Array.isArray(data17))) {
            const err22 = { instancePath: instancePath + "/blockContext/inputMapping", schemaPath: "#/$defs/blockContext/properties/inputMapping/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.properties.inputMapping.type, parentSchema: schema39.properties.inputMapping, data: data17 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/blockContext", schemaPath: "#/$defs/blockContext/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data: data13 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.nodes === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "nodes" }, message: "must have required property 'nodes'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "nodes" || key0 === "triggerNodeIds" || key0 === "inputSchema" || key0 === "variableDefs" || key0 === "blockExpansions" || key0 === "sensitivePropKeys")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.nodes !== void 0) {
      let data0 = data.nodes;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (Object.keys(data0).length < 1) {
          const err2 = { instancePath: instancePath + "/nodes", schemaPath: "#/properties/nodes/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema33.properties.nodes, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        for (const key1 in data0) {
          const _errs4 = errors;
          if (typeof key1 === "string") {
            if (!pattern26.test(key1)) {
              const err3 = { instancePath: instancePath + "/nodes", schemaPath: "#/$defs/nodeId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{1,64}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{1,64}$"', schema: "^[A-Za-z0-9_-]{1,64}$", parentSchema: schema34, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/nodes", schemaPath: "#/$defs/nodeId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          var valid1 = _errs4 === errors;
          if (!valid1) {
            const err5 = { instancePath: instancePath + "/nodes", schemaPath: "#/properties/nodes/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema33.properties.nodes.propertyNames, parentSchema: schema33.properties.nodes, data: data0 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        for (const key2 in data0) {
          if (!validate23(data0[key2], { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/nodes", schemaPath: "#/properties/nodes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.nodes.type, parentSchema: schema33.properties.nodes, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.triggerNodeIds !== void 0) {
      let data2 = data.triggerNodeIds;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err7 = { instancePath: instancePath + "/triggerNodeIds", schemaPath: "#/properties/triggerNodeIds/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33.properties.triggerNodeIds, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (!pattern26.test(data3)) {
              const err8 = { instancePath: instancePath + "/triggerNodeIds/" + i0, schemaPath: "#/$defs/nodeId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{1,64}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{1,64}$"', schema: "^[A-Za-z0-9_-]{1,64}$", parentSchema: schema34, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/triggerNodeIds/" + i0, schemaPath: "#/$defs/nodeId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        let i1 = data2.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func0(data2[i1], data2[j0])) {
                  const err10 = { instancePath: instancePath + "/triggerNodeIds", schemaPath: "#/properties/triggerNodeIds/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema33.properties.triggerNodeIds, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err11 = { instancePath: instancePath + "/triggerNodeIds", schemaPath: "#/properties/triggerNodeIds/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.triggerNodeIds.type, parentSchema: schema33.properties.triggerNodeIds, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.inputSchema !== void 0) {
      let data4 = data.inputSchema;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data5 = data4[i2];
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.key === void 0) {
              const err12 = { instancePath: instancePath + "/inputSchema/" + i2, schemaPath: "#/$defs/workflowInput/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema41.required, parentSchema: schema41, data: data5 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data5.type === void 0) {
              const err13 = { instancePath: instancePath + "/inputSchema/" + i2, schemaPath: "#/$defs/workflowInput/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema41.required, parentSchema: schema41, data: data5 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            for (const key3 in data5) {
              if (!(key3 === "key" || key3 === "type" || key3 === "required" || key3 === "description")) {
                const err14 = { instancePath: instancePath + "/inputSchema/" + i2, schemaPath: "#/$defs/workflowInput/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data: data5 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data5.key !== void 0) {
              let data6 = data5.key;
              if (typeof data6 === "string") {
                if (func3(data6) < 1) {
                  const err15 = { instancePath: instancePath + "/inputSchema/" + i2 + "/key", schemaPath: "#/$defs/workflowInput/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.key, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = { instancePath: instancePath + "/inputSchema/" + i2 + "/key", schemaPath: "#/$defs/workflowInput/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.key.type, parentSchema: schema41.properties.key, data: data6 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data5.type !== void 0) {
              let data7 = data5.type;
              if (!(data7 === "string" || data7 === "number" || data7 === "boolean" || data7 === "object" || data7 === "array")) {
                const err17 = { instancePath: instancePath + "/inputSchema/" + i2 + "/type", schemaPath: "#/$defs/workflowInput/properties/type/enum", keyword: "enum", params: { allowedValues: schema41.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema41.properties.type.enum, parentSchema: schema41.properties.type, data: data7 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data5.required !== void 0) {
              let data8 = data5.required;
              if (typeof data8 !== "boolean") {
                const err18 = { instancePath: instancePath + "/inputSchema/" + i2 + "/required", schemaPath: "#/$defs/workflowInput/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema41.properties.required.type, parentSchema: schema41.properties.required, data: data8 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data5.description !== void 0) {
              let data9 = data5.description;
              if (typeof data9 !== "string") {
                const err19 = { instancePath: instancePath + "/inputSchema/" + i2 + "/description", schemaPath: "#/$defs/workflowInput/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.description.type, parentSchema: schema41.properties.description, data: data9 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          } else {
            const err20 = { instancePath: instancePath + "/inputSchema/" + i2, schemaPath: "#/$defs/workflowInput/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data: data5 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/inputSchema", schemaPath: "#/properties/inputSchema/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.inputSchema.type, parentSchema: schema33.properties.inputSchema, data: data4 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.variableDefs !== void 0) {
      let data10 = data.variableDefs;
      if (Array.isArray(data10)) {
        const len2 = data10.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data11 = data10[i3];
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.name === void 0) {
              const err22 = { instancePath: instancePath + "/variableDefs/" + i3, schemaPath: "#/$defs/variableDef/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema42.required, parentSchema: schema42, data: data11 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data11.type === void 0) {
              const err23 = { instancePath: instancePath + "/variableDefs/" + i3, schemaPath: "#/$defs/variableDef/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema42.required, parentSchema: schema42, data: data11 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            for (const key4 in data11) {
              if (!(key4 === "name" || key4 === "type" || key4 === "lifetime" || key4 === "default" || key4 === "description")) {
                const err24 = { instancePath: instancePath + "/variableDefs/" + i3, schemaPath: "#/$defs/variableDef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data: data11 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data11.name !== void 0) {
              let data12 = data11.name;
              if (typeof data12 === "string") {
                if (func3(data12) < 1) {
                  const err25 = { instancePath: instancePath + "/variableDefs/" + i3 + "/name", schemaPath: "#/$defs/variableDef/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.name, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              } else {
                const err26 = { instancePath: instancePath + "/variableDefs/" + i3 + "/name", schemaPath: "#/$defs/variableDef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.name.type, parentSchema: schema42.properties.name, data: data12 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data11.type !== void 0) {
              let data13 = data11.type;
              if (!(data13 === "number" || data13 === "text" || data13 === "boolean" || data13 === "list" || data13 === "object")) {
                const err27 = { instancePath: instancePath + "/variableDefs/" + i3 + "/type", schemaPath: "#/$defs/variableDef/properties/type/enum", keyword: "enum", params: { allowedValues: schema42.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema42.properties.type.enum, parentSchema: schema42.properties.type, data: data13 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data11.lifetime !== void 0) {
              let data14 = data11.lifetime;
              if (!(data14 === "persist" || data14 === "reset")) {
                const err28 = { instancePath: instancePath + "/variableDefs/" + i3 + "/lifetime", schemaPath: "#/$defs/variableDef/properties/lifetime/enum", keyword: "enum", params: { allowedValues: schema42.properties.lifetime.enum }, message: "must be equal to one of the allowed values", schema: schema42.properties.lifetime.enum, parentSchema: schema42.properties.lifetime, data: data14 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data11.description !== void 0) {
              let data15 = data11.description;
              if (typeof data15 !== "string") {
                const err29 = { instancePath: instancePath + "/variableDefs/" + i3 + "/description", schemaPath: "#/$defs/variableDef/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.description.type, parentSchema: schema42.properties.description, data: data15 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/variableDefs/" + i3, schemaPath: "#/$defs/variableDef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data11 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/variableDefs", schemaPath: "#/properties/variableDefs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.variableDefs.type, parentSchema: schema33.properties.variableDefs, data: data10 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.blockExpansions !== void 0) {
      let data16 = data.blockExpansions;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        for (const key5 in data16) {
          let data17 = data16[key5];
          if (!(data17 && typeof data17 == "object" && !Array.isArray(data17))) {
            const err32 = { instancePath: instancePath + "/blockExpansions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/blockExpansions/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.blockExpansions.additionalProperties.type, parentSchema: schema33.properties.blockExpansions.additionalProperties, data: data17 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/blockExpansions", schemaPath: "#/properties/blockExpansions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.blockExpansions.type, parentSchema: schema33.properties.blockExpansions, data: data16 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.sensitivePropKeys !== void 0) {
      let data18 = data.sensitivePropKeys;
      if (Array.isArray(data18)) {
        const len3 = data18.length;
        for (let i4 = 0; i4 < len3; i4++) {
          let data19 = data18[i4];
          if (typeof data19 !== "string") {
            const err34 = { instancePath: instancePath + "/sensitivePropKeys/" + i4, schemaPath: "#/properties/sensitivePropKeys/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.sensitivePropKeys.items.type, parentSchema: schema33.properties.sensitivePropKeys.items, data: data19 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/sensitivePropKeys", schemaPath: "#/properties/sensitivePropKeys/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.sensitivePropKeys.type, parentSchema: schema33.properties.sensitivePropKeys, data: data18 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
  } else {
    const err36 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err36];
    } else {
      vErrors.push(err36);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.description === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.definition === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "definition" }, message: "must have required property 'definition'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema32.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.$schema.type, parentSchema: schema32.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func3(data1) > 255) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: schema32.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (func3(data1) < 1) {
          const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.name.type, parentSchema: schema32.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 === "string") {
        if (func3(data2) > 2e3) {
          const err8 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema32.properties.description, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.description.type, parentSchema: schema32.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.definition !== void 0) {
      if (!validate22(data.definition, { instancePath: instancePath + "/definition", parentData: data, parentDataProperty: "definition", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.cooldownMs !== void 0) {
      let data4 = data.cooldownMs;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err10 = { instancePath: instancePath + "/cooldownMs", schemaPath: "#/properties/cooldownMs/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.cooldownMs.type, parentSchema: schema32.properties.cooldownMs, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 1e3 || isNaN(data4)) {
          const err11 = { instancePath: instancePath + "/cooldownMs", schemaPath: "#/properties/cooldownMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1e3 }, message: "must be >= 1000", schema: 1e3, parentSchema: schema32.properties.cooldownMs, data: data4 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
    if (data.maxRuns !== void 0) {
      let data5 = data.maxRuns;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err12 = { instancePath: instancePath + "/maxRuns", schemaPath: "#/properties/maxRuns/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.maxRuns.type, parentSchema: schema32.properties.maxRuns, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 99999 || isNaN(data5)) {
          const err13 = { instancePath: instancePath + "/maxRuns", schemaPath: "#/properties/maxRuns/maximum", keyword: "maximum", params: { comparison: "<=", limit: 99999 }, message: "must be <= 99999", schema: 99999, parentSchema: schema32.properties.maxRuns, data: data5 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data5 < 1 || isNaN(data5)) {
          const err14 = { instancePath: instancePath + "/maxRuns", schemaPath: "#/properties/maxRuns/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema32.properties.maxRuns, data: data5 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.uiMetadata !== void 0) {
      let data6 = data.uiMetadata;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key1 in data6) {
          if (!(key1 === "nodePositions" || key1 === "stickyNotes" || key1 === "comments")) {
            const err15 = { instancePath: instancePath + "/uiMetadata", schemaPath: "#/$defs/uiMetadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43, data: data6 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data6.nodePositions !== void 0) {
          let data7 = data6.nodePositions;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key2 in data7) {
              let data8 = data7[key2];
              if (!(data8 && typeof data8 == "object" && !Array.isArray(data8))) {
                const err16 = { instancePath: instancePath + "/uiMetadata/nodePositions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/uiMetadata/properties/nodePositions/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.properties.nodePositions.additionalProperties.type, parentSchema: schema43.properties.nodePositions.additionalProperties, data: data8 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/uiMetadata/nodePositions", schemaPath: "#/$defs/uiMetadata/properties/nodePositions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.properties.nodePositions.type, parentSchema: schema43.properties.nodePositions, data: data7 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data6.stickyNotes !== void 0) {
          let data9 = data6.stickyNotes;
          if (Array.isArray(data9)) {
            const len0 = data9.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data10 = data9[i0];
              if (!(data10 && typeof data10 == "object" && !Array.isArray(data10))) {
                const err18 = { instancePath: instancePath + "/uiMetadata/stickyNotes/" + i0, schemaPath: "#/$defs/uiMetadata/properties/stickyNotes/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.properties.stickyNotes.items.type, parentSchema: schema43.properties.stickyNotes.items, data: data10 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/uiMetadata/stickyNotes", schemaPath: "#/$defs/uiMetadata/properties/stickyNotes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema43.properties.stickyNotes.type, parentSchema: schema43.properties.stickyNotes, data: data9 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data6.comments !== void 0) {
          let data11 = data6.comments;
          if (Array.isArray(data11)) {
            const len1 = data11.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data12 = data11[i1];
              if (!(data12 && typeof data12 == "object" && !Array.isArray(data12))) {
                const err20 = { instancePath: instancePath + "/uiMetadata/comments/" + i1, schemaPath: "#/$defs/uiMetadata/properties/comments/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.properties.comments.items.type, parentSchema: schema43.properties.comments.items, data: data12 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/uiMetadata/comments", schemaPath: "#/$defs/uiMetadata/properties/comments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema43.properties.comments.type, parentSchema: schema43.properties.comments, data: data11 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/uiMetadata", schemaPath: "#/$defs/uiMetadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data: data6 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.templateId !== void 0) {
      let data13 = data.templateId;
      if (typeof data13 !== "string") {
        const err23 = { instancePath: instancePath + "/templateId", schemaPath: "#/properties/templateId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.templateId.type, parentSchema: schema32.properties.templateId, data: data13 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.conversationId !== void 0) {
      let data14 = data.conversationId;
      if (typeof data14 !== "string") {
        const err24 = { instancePath: instancePath + "/conversationId", schemaPath: "#/properties/conversationId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.conversationId.type, parentSchema: schema32.properties.conversationId, data: data14 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.sessionId !== void 0) {
      let data15 = data.sessionId;
      if (typeof data15 !== "string") {
        const err25 = { instancePath: instancePath + "/sessionId", schemaPath: "#/properties/sessionId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.sessionId.type, parentSchema: schema32.properties.sessionId, data: data15 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
  } else {
    const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var manifest = validate29;
var schema44 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://b3os-readiness.dev/schemas/workflow-manifest.schema.json", "title": "b3os-readiness workflow manifest (workflows/<slug>/b3os.yaml)", "description": "What the B3OS API does not record about a workflow: its environment, owner, on-call, runbook, fund bounds per node and the evidence that the current definition was tested.", "type": "object", "required": ["environment", "owner"], "additionalProperties": false, "properties": { "$schema": { "description": "Optional schema reference for editors.", "type": "string" }, "environment": { "description": "Name of the environment inventory this workflow runs in: environments/<environment>.yaml.", "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]{0,62}$" }, "owner": { "description": 'GitHub team or user accountable for the workflow, e.g. "@acme/treasury".', "$ref": "#/$defs/githubHandle" }, "onCall": { "description": 'GitHub team or user paged when the workflow fails, e.g. "@acme/treasury-oncall".', "$ref": "#/$defs/githubHandle" }, "runbook": { "description": "The runbook: a path relative to this folder (RUNBOOK.md) or a repository path such as docs/runbooks/payout.md. When omitted, RUNBOOK.md here and docs/runbooks/<slug>.md are looked up.", "type": "string", "minLength": 1, "pattern": "^[^\\s].*\\.mdx?$" }, "nodes": { "description": "Readiness facts per node, keyed by node id in workflow.json.", "type": "object", "propertyNames": { "description": "A node id of workflow.json.", "type": "string", "pattern": "^[A-Za-z0-9_-]{1,64}$" }, "additionalProperties": { "$ref": "#/$defs/nodeFacts" } }, "evidence": { "description": "Proof that the current definition ran safely: a simulation, a dust test or a testnet run, tied to the definition by its hash.", "type": "array", "items": { "$ref": "#/$defs/evidence" } }, "fundAutoSwap": { "description": "The workflow's fund auto-swap, as set with PUT /v1/workflows/{id}/fund-auto-swap: when enabled, B3OS sells tokens from the source wallets to top up a node's balance, an implicit movement of funds.", "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean", "description": "Whether B3OS may swap tokens from the sources to top up a node's balance." }, "maxSwapAmountUsd": { "description": "Cap on the USD value of one swap; 0 means no limit.", "type": "number", "minimum": 0 }, "mode": { "description": "How sources are chosen: manual, auto_highest_balance or auto_lowest_balance.", "enum": ["manual", "auto_highest_balance", "auto_lowest_balance"] }, "sources": { "type": "array", "items": { "type": "object", "additionalProperties": false, "properties": { "id": { "type": "string", "description": "Stable id of the source (src_…)." }, "walletId": { "description": "The organization wallet to sell from (wal_…).", "type": "string" }, "chainId": { "type": "integer", "minimum": 1, "description": "Chain to sell on." }, "tokenAddress": { "description": "The token to sell, or native.", "type": "string" }, "tokenDecimals": { "type": "integer", "minimum": 0, "maximum": 36, "description": "Decimals of the token (display only)." }, "slippageBps": { "description": "Slippage tolerance in basis points (0–8000); B3OS defaults to 300.", "type": "integer", "minimum": 0, "maximum": 8e3 }, "priority": { "type": "integer", "description": "Order of evaluation, lower first." } }, "description": "One source of the auto-swap." }, "description": "The wallets and tokens B3OS may sell, in order of priority." } } }, "webhook": { "description": "For a workflow whose trigger receives webhooks (a manual trigger used as the workflow webhook URL): how deliveries are verified, deduplicated and watched for replays.", "type": "object", "required": ["verification"], "additionalProperties": false, "properties": { "verification": { "$ref": "#/$defs/verification" } } } }, "$defs": { "githubHandle": { "type": "string", "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$" }, "address": { "description": "An EVM address (0x + 40 hex) or a Solana base58 address.", "type": "string", "pattern": "^(?:0x[0-9a-fA-F]{40}|[1-9A-HJ-NP-Za-km-z]{32,44})$" }, "nodeFacts": { "description": "Readiness facts about one node.", "type": "object", "additionalProperties": false, "properties": { "funds": { "$ref": "#/$defs/funds" } } }, "funds": { "description": "Bounds for a node that can move funds. wallet-actions-bounded checks that the node's payload stays inside them and that every bound its action needs is present.", "type": "object", "additionalProperties": false, "properties": { "chains": { "description": "Chain ids the node may act on, e.g. [8453] for Base.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "integer", "minimum": 1 } }, "tokens": { "description": "Tokens the node may move (sell and buy, for a swap): contract addresses (EVM), mints (Solana), `native`, or asset ids.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/$defs/token" } }, "recipients": { "description": "Addresses that may receive the funds (or be approved as spenders).", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/$defs/address" } }, "maxAmount": { "description": `Largest amount per run in the token's smallest unit, as a decimal string ("250000000" = 250 USDC).`, "type": "string", "pattern": "^[0-9]{1,78}$" }, "approvals": { "description": "Token approval behaviour: none, exact (approve only the amount spent) or unlimited-acknowledged (requires approvalReason).", "enum": ["none", "exact", "unlimited-acknowledged"] }, "approvalReason": { "description": "Why an unlimited approval is acceptable; required with approvals: unlimited-acknowledged.", "type": "string", "minLength": 1 }, "maxSlippageBps": { "description": "Largest accepted slippage in basis points for swaps and bridges (100 = 1%).", "type": "integer", "minimum": 0, "maximum": 1e4 }, "decimals": { "description": "Decimals of the token: amounts written in token units (e.g. send-sol `amount`) are converted with them, and the checklist shows raw amounts in token units too.", "type": "integer", "minimum": 0, "maximum": 36 }, "symbol": { "description": "Token symbol shown in the checklist, e.g. USDC.", "type": "string", "pattern": "^[A-Za-z0-9.$_-]{1,16}$" }, "fields": { "description": "Bounds for payload keys the gate has no role for (e.g. `size` of a perps order): the allowed literal values, or the largest amount. A key of a partially known action that is not bounded here makes the node unverified.", "type": "object", "propertyNames": { "type": "string", "pattern": "^[A-Za-z0-9_-]{1,64}$" }, "additionalProperties": { "$ref": "#/$defs/fieldBound" } } }, "if": { "required": ["approvals"], "properties": { "approvals": { "const": "unlimited-acknowledged" } } }, "then": { "properties": { "approvalReason": true }, "required": ["approvalReason"] } }, "evidence": { "description": "One piece of test evidence for the workflow definition.", "type": "object", "required": ["kind", "date", "definitionHash"], "additionalProperties": false, "properties": { "kind": { "description": "simulation (simulate: true run or analyze-funds), dust-test (dustTest: true run) or testnet (a run on a test network).", "enum": ["simulation", "dust-test", "testnet"] }, "runId": { "description": "The B3OS run that produced the evidence (run_…).", "type": "string", "pattern": "^run_[A-Za-z0-9_-]{1,64}$" }, "date": { "description": "Day of the run, YYYY-MM-DD.", "type": "string", "pattern": "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$" }, "definitionHash": { "description": "sha256: + hex SHA-256 of the definition as canonical JSON (keys sorted, no whitespace) when the evidence was taken; `b3os-readiness hash workflows/<slug>/workflow.json` prints it.", "type": "string", "pattern": "^sha256:[0-9a-f]{64}$" } } }, "verification": { "description": "How a webhook delivery is verified and deduplicated.", "type": "object", "required": ["signatureHeader", "algorithm"], "additionalProperties": false, "properties": { "signatureHeader": { "description": "Header that carries the signature, e.g. x-b3os-signature.", "type": "string", "pattern": "^[A-Za-z0-9-]{1,128}$" }, "algorithm": { "description": "Signature algorithm, e.g. hmac-sha256 (hex HMAC-SHA256 of the raw body).", "type": "string", "pattern": "^[a-z0-9-]{1,32}$" }, "idempotencyKey": { "description": "Field or header that identifies a delivery so retries are processed once, e.g. event.id.", "type": "string", "minLength": 1 }, "replayAlertPerHour": { "description": "Alert when more than this many replayed or duplicate deliveries arrive in an hour.", "type": "integer", "minimum": 1 } } }, "token": { "description": "A token the node may move: an EVM contract address (0xEeee…EEeE for the native token), a Solana mint, `native`, or a cross-chain asset id such as ETH.USDC-0xa0b8… (SwapKit).", "type": "string", "pattern": "^(?:0x[0-9a-fA-F]{40}|[1-9A-HJ-NP-Za-km-z]{32,44}|native|[A-Z0-9]{2,12}\\.[A-Za-z0-9]{1,20}(?:-0x[0-9a-fA-F]{40})?)$" }, "fieldBound": { "description": "The values one payload key may take.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "allowed": { "description": "Allowed literal values.", "type": "array", "minItems": 1, "items": { "description": "A value the key may take.", "anyOf": [{ "type": "string" }, { "type": "number" }, { "type": "boolean" }] } }, "max": { "description": 'Largest value, a non-negative decimal string ("250000000", "0.5") compared exactly as a decimal, never as a float.', "type": "string", "pattern": "^[0-9]{1,78}(\\.[0-9]{1,36})?$" } } } } };
var schema45 = { "type": "string", "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$" };
var schema52 = { "description": "One piece of test evidence for the workflow definition.", "type": "object", "required": ["kind", "date", "definitionHash"], "additionalProperties": false, "properties": { "kind": { "description": "simulation (simulate: true run or analyze-funds), dust-test (dustTest: true run) or testnet (a run on a test network).", "enum": ["simulation", "dust-test", "testnet"] }, "runId": { "description": "The B3OS run that produced the evidence (run_…).", "type": "string", "pattern": "^run_[A-Za-z0-9_-]{1,64}$" }, "date": { "description": "Day of the run, YYYY-MM-DD.", "type": "string", "pattern": "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$" }, "definitionHash": { "description": "sha256: + hex SHA-256 of the definition as canonical JSON (keys sorted, no whitespace) when the evidence was taken; `b3os-readiness hash workflows/<slug>/workflow.json` prints it.", "type": "string", "pattern": "^sha256:[0-9a-f]{64}$" } } };
var schema53 = { "description": "How a webhook delivery is verified and deduplicated.", "type": "object", "required": ["signatureHeader", "algorithm"], "additionalProperties": false, "properties": { "signatureHeader": { "description": "Header that carries the signature, e.g. x-b3os-signature.", "type": "string", "pattern": "^[A-Za-z0-9-]{1,128}$" }, "algorithm": { "description": "Signature algorithm, e.g. hmac-sha256 (hex HMAC-SHA256 of the raw body).", "type": "string", "pattern": "^[a-z0-9-]{1,32}$" }, "idempotencyKey": { "description": "Field or header that identifies a delivery so retries are processed once, e.g. event.id.", "type": "string", "minLength": 1 }, "replayAlertPerHour": { "description": "Alert when more than this many replayed or duplicate deliveries arrive in an hour.", "type": "integer", "minimum": 1 } } };
var pattern30 = new RegExp("^[a-z0-9][a-z0-9_-]{0,62}$", "u");
var pattern31 = new RegExp("^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$", "u");
var pattern33 = new RegExp("^[^\\s].*\\.mdx?$", "u");
var pattern41 = new RegExp("^run_[A-Za-z0-9_-]{1,64}$", "u");
var pattern42 = new RegExp("^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$", "u");
var pattern43 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
var pattern44 = new RegExp("^[A-Za-z0-9-]{1,128}$", "u");
var pattern45 = new RegExp("^[a-z0-9-]{1,32}$", "u");
var schema47 = { "description": "Readiness facts about one node.", "type": "object", "additionalProperties": false, "properties": { "funds": { "$ref": "#/$defs/funds" } } };
var schema48 = { "description": "Bounds for a node that can move funds. wallet-actions-bounded checks that the node's payload stays inside them and that every bound its action needs is present.", "type": "object", "additionalProperties": false, "properties": { "chains": { "description": "Chain ids the node may act on, e.g. [8453] for Base.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "integer", "minimum": 1 } }, "tokens": { "description": "Tokens the node may move (sell and buy, for a swap): contract addresses (EVM), mints (Solana), `native`, or asset ids.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/$defs/token" } }, "recipients": { "description": "Addresses that may receive the funds (or be approved as spenders).", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/$defs/address" } }, "maxAmount": { "description": `Largest amount per run in the token's smallest unit, as a decimal string ("250000000" = 250 USDC).`, "type": "string", "pattern": "^[0-9]{1,78}$" }, "approvals": { "description": "Token approval behaviour: none, exact (approve only the amount spent) or unlimited-acknowledged (requires approvalReason).", "enum": ["none", "exact", "unlimited-acknowledged"] }, "approvalReason": { "description": "Why an unlimited approval is acceptable; required with approvals: unlimited-acknowledged.", "type": "string", "minLength": 1 }, "maxSlippageBps": { "description": "Largest accepted slippage in basis points for swaps and bridges (100 = 1%).", "type": "integer", "minimum": 0, "maximum": 1e4 }, "decimals": { "description": "Decimals of the token: amounts written in token units (e.g. send-sol `amount`) are converted with them, and the checklist shows raw amounts in token units too.", "type": "integer", "minimum": 0, "maximum": 36 }, "symbol": { "description": "Token symbol shown in the checklist, e.g. USDC.", "type": "string", "pattern": "^[A-Za-z0-9.$_-]{1,16}$" }, "fields": { "description": "Bounds for payload keys the gate has no role for (e.g. `size` of a perps order): the allowed literal values, or the largest amount. A key of a partially known action that is not bounded here makes the node unverified.", "type": "object", "propertyNames": { "type": "string", "pattern": "^[A-Za-z0-9_-]{1,64}$" }, "additionalProperties": { "$ref": "#/$defs/fieldBound" } } }, "if": { "required": ["approvals"], "properties": { "approvals": { "const": "unlimited-acknowledged" } } }, "then": { "properties": { "approvalReason": true }, "required": ["approvalReason"] } };
var schema49 = { "description": "A token the node may move: an EVM contract address (0xEeee…EEeE for the native token), a Solana mint, `native`, or a cross-chain asset id such as ETH.USDC-0xa0b8… (SwapKit).", "type": "string", "pattern": "^(?:0x[0-9a-fA-F]{40}|[1-9A-HJ-NP-Za-km-z]{32,44}|native|[A-Z0-9]{2,12}\\.[A-Za-z0-9]{1,20}(?:-0x[0-9a-fA-F]{40})?)$" };
var schema50 = { "description": "An EVM address (0x + 40 hex) or a Solana base58 address.", "type": "string", "pattern": "^(?:0x[0-9a-fA-F]{40}|[1-9A-HJ-NP-Za-km-z]{32,44})$" };
var schema51 = { "description": "The values one payload key may take.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "allowed": { "description": "Allowed literal values.", "type": "array", "minItems": 1, "items": { "description": "A value the key may take.", "anyOf": [{ "type": "string" }, { "type": "number" }, { "type": "boolean" }] } }, "max": { "description": 'Largest value, a non-negative decimal string ("250000000", "0.5") compared exactly as a decimal, never as a float.', "type": "string", "pattern": "^[0-9]{1,78}(\\.[0-9]{1,36})?$" } } };
var pattern35 = new RegExp("^(?:0x[0-9a-fA-F]{40}|[1-9A-HJ-NP-Za-km-z]{32,44}|native|[A-Z0-9]{2,12}\\.[A-Za-z0-9]{1,20}(?:-0x[0-9a-fA-F]{40})?)$", "u");
var pattern36 = new RegExp("^(?:0x[0-9a-fA-F]{40}|[1-9A-HJ-NP-Za-km-z]{32,44})$", "u");
var pattern37 = new RegExp("^[0-9]{1,78}$", "u");
var pattern38 = new RegExp("^[A-Za-z0-9.$_-]{1,16}$", "u");
var pattern40 = new RegExp("^[0-9]{1,78}(\\.[0-9]{1,36})?$", "u");
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.approvals === void 0 && (missing0 = "approvals")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.approvals !== void 0) {
        if ("unlimited-acknowledged" !== data.approvals) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.approvalReason === void 0) {
        const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "approvalReason" }, message: "must have required property 'approvalReason'", schema: schema48.then.required, parentSchema: schema48.then, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.approvalReason = true;
      props0.approvals = true;
    }
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema48.if, parentSchema: schema48, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func1.call(schema48.properties, key0)) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.chains !== void 0) {
      let data1 = data.chains;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err5 = { instancePath: instancePath + "/chains", schemaPath: "#/properties/chains/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema48.properties.chains, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
            const err6 = { instancePath: instancePath + "/chains/" + i0, schemaPath: "#/properties/chains/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema48.properties.chains.items.type, parentSchema: schema48.properties.chains.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (typeof data2 == "number" && isFinite(data2)) {
            if (data2 < 1 || isNaN(data2)) {
              const err7 = { instancePath: instancePath + "/chains/" + i0, schemaPath: "#/properties/chains/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema48.properties.chains.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
        }
        let i1 = data1.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data1[i1];
            if (!(typeof item0 == "number" && (!(item0 % 1) && !isNaN(item0)) && isFinite(item0))) {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err8 = { instancePath: instancePath + "/chains", schemaPath: "#/properties/chains/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema48.properties.chains, data: data1 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/chains", schemaPath: "#/properties/chains/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema48.properties.chains.type, parentSchema: schema48.properties.chains, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.tokens !== void 0) {
      let data3 = data.tokens;
      if (Array.isArray(data3)) {
        if (data3.length < 1) {
          const err10 = { instancePath: instancePath + "/tokens", schemaPath: "#/properties/tokens/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema48.properties.tokens, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        const len1 = data3.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data4 = data3[i2];
          if (typeof data4 === "string") {
            if (!pattern35.test(data4)) {
              const err11 = { instancePath: instancePath + "/tokens/" + i2, schemaPath: "#/$defs/token/pattern", keyword: "pattern", params: { pattern: "^(?:0x[0-9a-fA-F]{40}|[1-9A-HJ-NP-Za-km-z]{32,44}|native|[A-Z0-9]{2,12}\\.[A-Za-z0-9]{1,20}(?:-0x[0-9a-fA-F]{40})?)$" }, message: 'must match pattern "^(?:0x[0-9a-fA-F]{40}|[1-9A-HJ-NP-Za-km-z]{32,44}|native|[A-Z0-9]{2,12}\\.[A-Za-z0-9]{1,20}(?:-0x[0-9a-fA-F]{40})?)$"', schema: "^(?:0x[0-9a-fA-F]{40}|[1-9A-HJ-NP-Za-km-z]{32,44}|native|[A-Z0-9]{2,12}\\.[A-Za-z0-9]{1,20}(?:-0x[0-9a-fA-F]{40})?)$", parentSchema: schema49, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/tokens/" + i2, schemaPath: "#/$defs/token/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data4 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        let i3 = data3.length;
        let j1;
        if (i3 > 1) {
          outer0:
            for (; i3--; ) {
              for (j1 = i3; j1--; ) {
                if (func0(data3[i3], data3[j1])) {
                  const err13 = { instancePath: instancePath + "/tokens", schemaPath: "#/properties/tokens/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema48.properties.tokens, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err14 = { instancePath: instancePath + "/tokens", schemaPath: "#/properties/tokens/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema48.properties.tokens.type, parentSchema: schema48.properties.tokens, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.recipients !== void 0) {
      let data5 = data.recipients;
      if (Array.isArray(data5)) {
        if (data5.length < 1) {
          const err15 = { instancePath: instancePath + "/recipients", schemaPath: "#/properties/recipients/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema48.properties.recipients, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        const len2 = data5.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data6 = data5[i4];
          if (typeof data6 === "string") {
            if (!pattern36.test(data6)) {
              const err16 = { instancePath: instancePath + "/recipients/" + i4, schemaPath: "#/$defs/address/pattern", keyword: "pattern", params: { pattern: "^(?:0x[0-9a-fA-F]{40}|[1-9A-HJ-NP-Za-km-z]{32,44})$" }, message: 'must match pattern "^(?:0x[0-9a-fA-F]{40}|[1-9A-HJ-NP-Za-km-z]{32,44})$"', schema: "^(?:0x[0-9a-fA-F]{40}|[1-9A-HJ-NP-Za-km-z]{32,44})$", parentSchema: schema50, data: data6 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/recipients/" + i4, schemaPath: "#/$defs/address/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.type, parentSchema: schema50, data: data6 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        let i5 = data5.length;
        let j2;
        if (i5 > 1) {
          outer1:
            for (; i5--; ) {
              for (j2 = i5; j2--; ) {
                if (func0(data5[i5], data5[j2])) {
                  const err18 = { instancePath: instancePath + "/recipients", schemaPath: "#/properties/recipients/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)", schema: true, parentSchema: schema48.properties.recipients, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                  break outer1;
                }
              }
            }
        }
      } else {
        const err19 = { instancePath: instancePath + "/recipients", schemaPath: "#/properties/recipients/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema48.properties.recipients.type, parentSchema: schema48.properties.recipients, data: data5 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.maxAmount !== void 0) {
      let data7 = data.maxAmount;
      if (typeof data7 === "string") {
        if (!pattern37.test(data7)) {
          const err20 = { instancePath: instancePath + "/maxAmount", schemaPath: "#/properties/maxAmount/pattern", keyword: "pattern", params: { pattern: "^[0-9]{1,78}$" }, message: 'must match pattern "^[0-9]{1,78}$"', schema: "^[0-9]{1,78}$", parentSchema: schema48.properties.maxAmount, data: data7 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/maxAmount", schemaPath: "#/properties/maxAmount/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.maxAmount.type, parentSchema: schema48.properties.maxAmount, data: data7 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.approvals !== void 0) {
      let data8 = data.approvals;
      if (!(data8 === "none" || data8 === "exact" || data8 === "unlimited-acknowledged")) {
        const err22 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/enum", keyword: "enum", params: { allowedValues: schema48.properties.approvals.enum }, message: "must be equal to one of the allowed values", schema: schema48.properties.approvals.enum, parentSchema: schema48.properties.approvals, data: data8 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.approvalReason !== void 0) {
      let data9 = data.approvalReason;
      if (typeof data9 === "string") {
        if (func3(data9) < 1) {
          const err23 = { instancePath: instancePath + "/approvalReason", schemaPath: "#/properties/approvalReason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema48.properties.approvalReason, data: data9 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/approvalReason", schemaPath: "#/properties/approvalReason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.approvalReason.type, parentSchema: schema48.properties.approvalReason, data: data9 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.maxSlippageBps !== void 0) {
      let data10 = data.maxSlippageBps;
      if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
        const err25 = { instancePath: instancePath + "/maxSlippageBps", schemaPath: "#/properties/maxSlippageBps/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema48.properties.maxSlippageBps.type, parentSchema: schema48.properties.maxSlippageBps, data: data10 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (typeof data10 == "number" && isFinite(data10)) {
        if (data10 > 1e4 || isNaN(data10)) {
          const err26 = { instancePath: instancePath + "/maxSlippageBps", schemaPath: "#/properties/maxSlippageBps/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: schema48.properties.maxSlippageBps, data: data10 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data10 < 0 || isNaN(data10)) {
          const err27 = { instancePath: instancePath + "/maxSlippageBps", schemaPath: "#/properties/maxSlippageBps/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema48.properties.maxSlippageBps, data: data10 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
    }
    if (data.decimals !== void 0) {
      let data11 = data.decimals;
      if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
        const err28 = { instancePath: instancePath + "/decimals", schemaPath: "#/properties/decimals/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema48.properties.decimals.type, parentSchema: schema48.properties.decimals, data: data11 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      if (typeof data11 == "number" && isFinite(data11)) {
        if (data11 > 36 || isNaN(data11)) {
          const err29 = { instancePath: instancePath + "/decimals", schemaPath: "#/properties/decimals/maximum", keyword: "maximum", params: { comparison: "<=", limit: 36 }, message: "must be <= 36", schema: 36, parentSchema: schema48.properties.decimals, data: data11 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data11 < 0 || isNaN(data11)) {
          const err30 = { instancePath: instancePath + "/decimals", schemaPath: "#/properties/decimals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema48.properties.decimals, data: data11 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      }
    }
    if (data.symbol !== void 0) {
      let data12 = data.symbol;
      if (typeof data12 === "string") {
        if (!pattern38.test(data12)) {
          const err31 = { instancePath: instancePath + "/symbol", schemaPath: "#/properties/symbol/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9.$_-]{1,16}$" }, message: 'must match pattern "^[A-Za-z0-9.$_-]{1,16}$"', schema: "^[A-Za-z0-9.$_-]{1,16}$", parentSchema: schema48.properties.symbol, data: data12 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = { instancePath: instancePath + "/symbol", schemaPath: "#/properties/symbol/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.symbol.type, parentSchema: schema48.properties.symbol, data: data12 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.fields !== void 0) {
      let data13 = data.fields;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key1 in data13) {
          const _errs33 = errors;
          if (typeof key1 === "string") {
            if (!pattern26.test(key1)) {
              const err33 = { instancePath: instancePath + "/fields", schemaPath: "#/properties/fields/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{1,64}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{1,64}$"', schema: "^[A-Za-z0-9_-]{1,64}$", parentSchema: schema48.properties.fields.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/fields", schemaPath: "#/properties/fields/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.fields.propertyNames.type, parentSchema: schema48.properties.fields.propertyNames, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
          var valid14 = _errs33 === errors;
          if (!valid14) {
            const err35 = { instancePath: instancePath + "/fields", schemaPath: "#/properties/fields/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema48.properties.fields.propertyNames, parentSchema: schema48.properties.fields, data: data13 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        for (const key2 in data13) {
          let data14 = data13[key2];
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (Object.keys(data14).length < 1) {
              const err36 = { instancePath: instancePath + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/fieldBound/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema51, data: data14 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            for (const key3 in data14) {
              if (!(key3 === "allowed" || key3 === "max")) {
                const err37 = { instancePath: instancePath + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/fieldBound/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51, data: data14 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data14.allowed !== void 0) {
              let data15 = data14.allowed;
              if (Array.isArray(data15)) {
                if (data15.length < 1) {
                  const err38 = { instancePath: instancePath + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed", schemaPath: "#/$defs/fieldBound/properties/allowed/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema51.properties.allowed, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                const len3 = data15.length;
                for (let i6 = 0; i6 < len3; i6++) {
                  let data16 = data15[i6];
                  const _errs43 = errors;
                  let valid20 = false;
                  const _errs44 = errors;
                  if (typeof data16 !== "string") {
                    const err39 = { instancePath: instancePath + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed/" + i6, schemaPath: "#/$defs/fieldBound/properties/allowed/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.allowed.items.anyOf[0].type, parentSchema: schema51.properties.allowed.items.anyOf[0], data: data16 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                  var _valid1 = _errs44 === errors;
                  valid20 = valid20 || _valid1;
                  const _errs46 = errors;
                  if (!(typeof data16 == "number" && isFinite(data16))) {
                    const err40 = { instancePath: instancePath + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed/" + i6, schemaPath: "#/$defs/fieldBound/properties/allowed/items/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema51.properties.allowed.items.anyOf[1].type, parentSchema: schema51.properties.allowed.items.anyOf[1], data: data16 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                  var _valid1 = _errs46 === errors;
                  valid20 = valid20 || _valid1;
                  const _errs48 = errors;
                  if (typeof data16 !== "boolean") {
                    const err41 = { instancePath: instancePath + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed/" + i6, schemaPath: "#/$defs/fieldBound/properties/allowed/items/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema51.properties.allowed.items.anyOf[2].type, parentSchema: schema51.properties.allowed.items.anyOf[2], data: data16 };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                  var _valid1 = _errs48 === errors;
                  valid20 = valid20 || _valid1;
                  if (!valid20) {
                    const err42 = { instancePath: instancePath + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed/" + i6, schemaPath: "#/$defs/fieldBound/properties/allowed/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema51.properties.allowed.items.anyOf, parentSchema: schema51.properties.allowed.items, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  } else {
                    errors = _errs43;
                    if (vErrors !== null) {
                      if (_errs43) {
                        vErrors.length = _errs43;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
              } else {
                const err43 = { instancePath: instancePath + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed", schemaPath: "#/$defs/fieldBound/properties/allowed/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.properties.allowed.type, parentSchema: schema51.properties.allowed, data: data15 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data14.max !== void 0) {
              let data17 = data14.max;
              if (typeof data17 === "string") {
                if (!pattern40.test(data17)) {
                  const err44 = { instancePath: instancePath + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", schemaPath: "#/$defs/fieldBound/properties/max/pattern", keyword: "pattern", params: { pattern: "^[0-9]{1,78}(\\.[0-9]{1,36})?$" }, message: 'must match pattern "^[0-9]{1,78}(\\.[0-9]{1,36})?$"', schema: "^[0-9]{1,78}(\\.[0-9]{1,36})?$", parentSchema: schema51.properties.max, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
              } else {
                const err45 = { instancePath: instancePath + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", schemaPath: "#/$defs/fieldBound/properties/max/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.max.type, parentSchema: schema51.properties.max, data: data17 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
          } else {
            const err46 = { instancePath: instancePath + "/fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/fieldBound/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data: data14 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
      } else {
        const err47 = { instancePath: instancePath + "/fields", schemaPath: "#/properties/fields/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.properties.fields.type, parentSchema: schema48.properties.fields, data: data13 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
  } else {
    const err48 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data };
    if (vErrors === null) {
      vErrors = [err48];
    } else {
      vErrors.push(err48);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "funds")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.funds !== void 0) {
      if (!validate31(data.funds, { instancePath: instancePath + "/funds", parentData: data, parentDataProperty: "funds", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.environment === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema44.required, parentSchema: schema44, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'", schema: schema44.required, parentSchema: schema44, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema44.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.$schema.type, parentSchema: schema44.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      let data1 = data.environment;
      if (typeof data1 === "string") {
        if (!pattern30.test(data1)) {
          const err4 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]{0,62}$"', schema: "^[a-z0-9][a-z0-9_-]{0,62}$", parentSchema: schema44.properties.environment, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.environment.type, parentSchema: schema44.properties.environment, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data2 = data.owner;
      if (typeof data2 === "string") {
        if (!pattern31.test(data2)) {
          const err6 = { instancePath: instancePath + "/owner", schemaPath: "#/$defs/githubHandle/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$", parentSchema: schema45, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/owner", schemaPath: "#/$defs/githubHandle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.type, parentSchema: schema45, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.onCall !== void 0) {
      let data3 = data.onCall;
      if (typeof data3 === "string") {
        if (!pattern31.test(data3)) {
          const err8 = { instancePath: instancePath + "/onCall", schemaPath: "#/$defs/githubHandle/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$", parentSchema: schema45, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/onCall", schemaPath: "#/$defs/githubHandle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.type, parentSchema: schema45, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.runbook !== void 0) {
      let data4 = data.runbook;
      if (typeof data4 === "string") {
        if (func3(data4) < 1) {
          const err10 = { instancePath: instancePath + "/runbook", schemaPath: "#/properties/runbook/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema44.properties.runbook, data: data4 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern33.test(data4)) {
          const err11 = { instancePath: instancePath + "/runbook", schemaPath: "#/properties/runbook/pattern", keyword: "pattern", params: { pattern: "^[^\\s].*\\.mdx?$" }, message: 'must match pattern "^[^\\s].*\\.mdx?$"', schema: "^[^\\s].*\\.mdx?$", parentSchema: schema44.properties.runbook, data: data4 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/runbook", schemaPath: "#/properties/runbook/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.runbook.type, parentSchema: schema44.properties.runbook, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.nodes !== void 0) {
      let data5 = data.nodes;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          const _errs16 = errors;
          if (typeof key1 === "string") {
            if (!pattern26.test(key1)) {
              const err13 = { instancePath: instancePath + "/nodes", schemaPath: "#/properties/nodes/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{1,64}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{1,64}$"', schema: "^[A-Za-z0-9_-]{1,64}$", parentSchema: schema44.properties.nodes.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/nodes", schemaPath: "#/properties/nodes/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.nodes.propertyNames.type, parentSchema: schema44.properties.nodes.propertyNames, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          var valid3 = _errs16 === errors;
          if (!valid3) {
            const err15 = { instancePath: instancePath + "/nodes", schemaPath: "#/properties/nodes/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema44.properties.nodes.propertyNames, parentSchema: schema44.properties.nodes, data: data5 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        for (const key2 in data5) {
          if (!validate30(data5[key2], { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data5, parentDataProperty: key2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/nodes", schemaPath: "#/properties/nodes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.properties.nodes.type, parentSchema: schema44.properties.nodes, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.evidence !== void 0) {
      let data7 = data.evidence;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.kind === void 0) {
              const err17 = { instancePath: instancePath + "/evidence/" + i0, schemaPath: "#/$defs/evidence/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema52.required, parentSchema: schema52, data: data8 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data8.date === void 0) {
              const err18 = { instancePath: instancePath + "/evidence/" + i0, schemaPath: "#/$defs/evidence/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'", schema: schema52.required, parentSchema: schema52, data: data8 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data8.definitionHash === void 0) {
              const err19 = { instancePath: instancePath + "/evidence/" + i0, schemaPath: "#/$defs/evidence/required", keyword: "required", params: { missingProperty: "definitionHash" }, message: "must have required property 'definitionHash'", schema: schema52.required, parentSchema: schema52, data: data8 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            for (const key3 in data8) {
              if (!(key3 === "kind" || key3 === "runId" || key3 === "date" || key3 === "definitionHash")) {
                const err20 = { instancePath: instancePath + "/evidence/" + i0, schemaPath: "#/$defs/evidence/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data: data8 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data8.kind !== void 0) {
              let data9 = data8.kind;
              if (!(data9 === "simulation" || data9 === "dust-test" || data9 === "testnet")) {
                const err21 = { instancePath: instancePath + "/evidence/" + i0 + "/kind", schemaPath: "#/$defs/evidence/properties/kind/enum", keyword: "enum", params: { allowedValues: schema52.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema52.properties.kind.enum, parentSchema: schema52.properties.kind, data: data9 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data8.runId !== void 0) {
              let data10 = data8.runId;
              if (typeof data10 === "string") {
                if (!pattern41.test(data10)) {
                  const err22 = { instancePath: instancePath + "/evidence/" + i0 + "/runId", schemaPath: "#/$defs/evidence/properties/runId/pattern", keyword: "pattern", params: { pattern: "^run_[A-Za-z0-9_-]{1,64}$" }, message: 'must match pattern "^run_[A-Za-z0-9_-]{1,64}$"', schema: "^run_[A-Za-z0-9_-]{1,64}$", parentSchema: schema52.properties.runId, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/evidence/" + i0 + "/runId", schemaPath: "#/$defs/evidence/properties/runId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.runId.type, parentSchema: schema52.properties.runId, data: data10 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data8.date !== void 0) {
              let data11 = data8.date;
              if (typeof data11 === "string") {
                if (!pattern42.test(data11)) {
                  const err24 = { instancePath: instancePath + "/evidence/" + i0 + "/date", schemaPath: "#/$defs/evidence/properties/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$" }, message: 'must match pattern "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$"', schema: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$", parentSchema: schema52.properties.date, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              } else {
                const err25 = { instancePath: instancePath + "/evidence/" + i0 + "/date", schemaPath: "#/$defs/evidence/properties/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.date.type, parentSchema: schema52.properties.date, data: data11 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data8.definitionHash !== void 0) {
              let data12 = data8.definitionHash;
              if (typeof data12 === "string") {
                if (!pattern43.test(data12)) {
                  const err26 = { instancePath: instancePath + "/evidence/" + i0 + "/definitionHash", schemaPath: "#/$defs/evidence/properties/definitionHash/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"', schema: "^sha256:[0-9a-f]{64}$", parentSchema: schema52.properties.definitionHash, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/evidence/" + i0 + "/definitionHash", schemaPath: "#/$defs/evidence/properties/definitionHash/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.definitionHash.type, parentSchema: schema52.properties.definitionHash, data: data12 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/evidence/" + i0, schemaPath: "#/$defs/evidence/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data: data8 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema44.properties.evidence.type, parentSchema: schema44.properties.evidence, data: data7 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.fundAutoSwap !== void 0) {
      let data13 = data.fundAutoSwap;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key4 in data13) {
          if (!(key4 === "enabled" || key4 === "maxSwapAmountUsd" || key4 === "mode" || key4 === "sources")) {
            const err30 = { instancePath: instancePath + "/fundAutoSwap", schemaPath: "#/properties/fundAutoSwap/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44.properties.fundAutoSwap, data: data13 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data13.enabled !== void 0) {
          let data14 = data13.enabled;
          if (typeof data14 !== "boolean") {
            const err31 = { instancePath: instancePath + "/fundAutoSwap/enabled", schemaPath: "#/properties/fundAutoSwap/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema44.properties.fundAutoSwap.properties.enabled.type, parentSchema: schema44.properties.fundAutoSwap.properties.enabled, data: data14 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data13.maxSwapAmountUsd !== void 0) {
          let data15 = data13.maxSwapAmountUsd;
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 < 0 || isNaN(data15)) {
              const err32 = { instancePath: instancePath + "/fundAutoSwap/maxSwapAmountUsd", schemaPath: "#/properties/fundAutoSwap/properties/maxSwapAmountUsd/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema44.properties.fundAutoSwap.properties.maxSwapAmountUsd, data: data15 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          } else {
            const err33 = { instancePath: instancePath + "/fundAutoSwap/maxSwapAmountUsd", schemaPath: "#/properties/fundAutoSwap/properties/maxSwapAmountUsd/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema44.properties.fundAutoSwap.properties.maxSwapAmountUsd.type, parentSchema: schema44.properties.fundAutoSwap.properties.maxSwapAmountUsd, data: data15 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data13.mode !== void 0) {
          let data16 = data13.mode;
          if (!(data16 === "manual" || data16 === "auto_highest_balance" || data16 === "auto_lowest_balance")) {
            const err34 = { instancePath: instancePath + "/fundAutoSwap/mode", schemaPath: "#/properties/fundAutoSwap/properties/mode/enum", keyword: "enum", params: { allowedValues: schema44.properties.fundAutoSwap.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema44.properties.fundAutoSwap.properties.mode.enum, parentSchema: schema44.properties.fundAutoSwap.properties.mode, data: data16 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data13.sources !== void 0) {
          let data17 = data13.sources;
          if (Array.isArray(data17)) {
            const len1 = data17.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data18 = data17[i1];
              if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                for (const key5 in data18) {
                  if (!(key5 === "id" || key5 === "walletId" || key5 === "chainId" || key5 === "tokenAddress" || key5 === "tokenDecimals" || key5 === "slippageBps" || key5 === "priority")) {
                    const err35 = { instancePath: instancePath + "/fundAutoSwap/sources/" + i1, schemaPath: "#/properties/fundAutoSwap/properties/sources/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44.properties.fundAutoSwap.properties.sources.items, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data18.id !== void 0) {
                  let data19 = data18.id;
                  if (typeof data19 !== "string") {
                    const err36 = { instancePath: instancePath + "/fundAutoSwap/sources/" + i1 + "/id", schemaPath: "#/properties/fundAutoSwap/properties/sources/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.fundAutoSwap.properties.sources.items.properties.id.type, parentSchema: schema44.properties.fundAutoSwap.properties.sources.items.properties.id, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
                if (data18.walletId !== void 0) {
                  let data20 = data18.walletId;
                  if (typeof data20 !== "string") {
                    const err37 = { instancePath: instancePath + "/fundAutoSwap/sources/" + i1 + "/walletId", schemaPath: "#/properties/fundAutoSwap/properties/sources/items/properties/walletId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.fundAutoSwap.properties.sources.items.properties.walletId.type, parentSchema: schema44.properties.fundAutoSwap.properties.sources.items.properties.walletId, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
                if (data18.chainId !== void 0) {
                  let data21 = data18.chainId;
                  if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
                    const err38 = { instancePath: instancePath + "/fundAutoSwap/sources/" + i1 + "/chainId", schemaPath: "#/properties/fundAutoSwap/properties/sources/items/properties/chainId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema44.properties.fundAutoSwap.properties.sources.items.properties.chainId.type, parentSchema: schema44.properties.fundAutoSwap.properties.sources.items.properties.chainId, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                  if (typeof data21 == "number" && isFinite(data21)) {
                    if (data21 < 1 || isNaN(data21)) {
                      const err39 = { instancePath: instancePath + "/fundAutoSwap/sources/" + i1 + "/chainId", schemaPath: "#/properties/fundAutoSwap/properties/sources/items/properties/chainId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema44.properties.fundAutoSwap.properties.sources.items.properties.chainId, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err39];
                      } else {
                        vErrors.push(err39);
                      }
                      errors++;
                    }
                  }
                }
                if (data18.tokenAddress !== void 0) {
                  let data22 = data18.tokenAddress;
                  if (typeof data22 !== "string") {
                    const err40 = { instancePath: instancePath + "/fundAutoSwap/sources/" + i1 + "/tokenAddress", schemaPath: "#/properties/fundAutoSwap/properties/sources/items/properties/tokenAddress/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.fundAutoSwap.properties.sources.items.properties.tokenAddress.type, parentSchema: schema44.properties.fundAutoSwap.properties.sources.items.properties.tokenAddress, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
                if (data18.tokenDecimals !== void 0) {
                  let data23 = data18.tokenDecimals;
                  if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
                    const err41 = { instancePath: instancePath + "/fundAutoSwap/sources/" + i1 + "/tokenDecimals", schemaPath: "#/properties/fundAutoSwap/properties/sources/items/properties/tokenDecimals/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema44.properties.fundAutoSwap.properties.sources.items.properties.tokenDecimals.type, parentSchema: schema44.properties.fundAutoSwap.properties.sources.items.properties.tokenDecimals, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                  if (typeof data23 == "number" && isFinite(data23)) {
                    if (data23 > 36 || isNaN(data23)) {
                      const err42 = { instancePath: instancePath + "/fundAutoSwap/sources/" + i1 + "/tokenDecimals", schemaPath: "#/properties/fundAutoSwap/properties/sources/items/properties/tokenDecimals/maximum", keyword: "maximum", params: { comparison: "<=", limit: 36 }, message: "must be <= 36", schema: 36, parentSchema: schema44.properties.fundAutoSwap.properties.sources.items.properties.tokenDecimals, data: data23 };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                    }
                    if (data23 < 0 || isNaN(data23)) {
                      const err43 = { instancePath: instancePath + "/fundAutoSwap/sources/" + i1 + "/tokenDecimals", schemaPath: "#/properties/fundAutoSwap/properties/sources/items/properties/tokenDecimals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema44.properties.fundAutoSwap.properties.sources.items.properties.tokenDecimals, data: data23 };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                  }
                }
                if (data18.slippageBps !== void 0) {
                  let data24 = data18.slippageBps;
                  if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
                    const err44 = { instancePath: instancePath + "/fundAutoSwap/sources/" + i1 + "/slippageBps", schemaPath: "#/properties/fundAutoSwap/properties/sources/items/properties/slippageBps/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema44.properties.fundAutoSwap.properties.sources.items.properties.slippageBps.type, parentSchema: schema44.properties.fundAutoSwap.properties.sources.items.properties.slippageBps, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                  if (typeof data24 == "number" && isFinite(data24)) {
                    if (data24 > 8e3 || isNaN(data24)) {
                      const err45 = { instancePath: instancePath + "/fundAutoSwap/sources/" + i1 + "/slippageBps", schemaPath: "#/properties/fundAutoSwap/properties/sources/items/properties/slippageBps/maximum", keyword: "maximum", params: { comparison: "<=", limit: 8e3 }, message: "must be <= 8000", schema: 8e3, parentSchema: schema44.properties.fundAutoSwap.properties.sources.items.properties.slippageBps, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                    if (data24 < 0 || isNaN(data24)) {
                      const err46 = { instancePath: instancePath + "/fundAutoSwap/sources/" + i1 + "/slippageBps", schemaPath: "#/properties/fundAutoSwap/properties/sources/items/properties/slippageBps/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema44.properties.fundAutoSwap.properties.sources.items.properties.slippageBps, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err46];
                      } else {
                        vErrors.push(err46);
                      }
                      errors++;
                    }
                  }
                }
                if (data18.priority !== void 0) {
                  let data25 = data18.priority;
                  if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
                    const err47 = { instancePath: instancePath + "/fundAutoSwap/sources/" + i1 + "/priority", schemaPath: "#/properties/fundAutoSwap/properties/sources/items/properties/priority/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema44.properties.fundAutoSwap.properties.sources.items.properties.priority.type, parentSchema: schema44.properties.fundAutoSwap.properties.sources.items.properties.priority, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
              } else {
                const err48 = { instancePath: instancePath + "/fundAutoSwap/sources/" + i1, schemaPath: "#/properties/fundAutoSwap/properties/sources/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.properties.fundAutoSwap.properties.sources.items.type, parentSchema: schema44.properties.fundAutoSwap.properties.sources.items, data: data18 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
          } else {
            const err49 = { instancePath: instancePath + "/fundAutoSwap/sources", schemaPath: "#/properties/fundAutoSwap/properties/sources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema44.properties.fundAutoSwap.properties.sources.type, parentSchema: schema44.properties.fundAutoSwap.properties.sources, data: data17 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      } else {
        const err50 = { instancePath: instancePath + "/fundAutoSwap", schemaPath: "#/properties/fundAutoSwap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.properties.fundAutoSwap.type, parentSchema: schema44.properties.fundAutoSwap, data: data13 };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.webhook !== void 0) {
      let data26 = data.webhook;
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        if (data26.verification === void 0) {
          const err51 = { instancePath: instancePath + "/webhook", schemaPath: "#/properties/webhook/required", keyword: "required", params: { missingProperty: "verification" }, message: "must have required property 'verification'", schema: schema44.properties.webhook.required, parentSchema: schema44.properties.webhook, data: data26 };
          if (vErrors === null) {
            vErrors = [err51];
          } else {
            vErrors.push(err51);
          }
          errors++;
        }
        for (const key6 in data26) {
          if (!(key6 === "verification")) {
            const err52 = { instancePath: instancePath + "/webhook", schemaPath: "#/properties/webhook/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44.properties.webhook, data: data26 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data26.verification !== void 0) {
          let data27 = data26.verification;
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            if (data27.signatureHeader === void 0) {
              const err53 = { instancePath: instancePath + "/webhook/verification", schemaPath: "#/$defs/verification/required", keyword: "required", params: { missingProperty: "signatureHeader" }, message: "must have required property 'signatureHeader'", schema: schema53.required, parentSchema: schema53, data: data27 };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            if (data27.algorithm === void 0) {
              const err54 = { instancePath: instancePath + "/webhook/verification", schemaPath: "#/$defs/verification/required", keyword: "required", params: { missingProperty: "algorithm" }, message: "must have required property 'algorithm'", schema: schema53.required, parentSchema: schema53, data: data27 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            for (const key7 in data27) {
              if (!(key7 === "signatureHeader" || key7 === "algorithm" || key7 === "idempotencyKey" || key7 === "replayAlertPerHour")) {
                const err55 = { instancePath: instancePath + "/webhook/verification", schemaPath: "#/$defs/verification/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema53, data: data27 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data27.signatureHeader !== void 0) {
              let data28 = data27.signatureHeader;
              if (typeof data28 === "string") {
                if (!pattern44.test(data28)) {
                  const err56 = { instancePath: instancePath + "/webhook/verification/signatureHeader", schemaPath: "#/$defs/verification/properties/signatureHeader/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9-]{1,128}$" }, message: 'must match pattern "^[A-Za-z0-9-]{1,128}$"', schema: "^[A-Za-z0-9-]{1,128}$", parentSchema: schema53.properties.signatureHeader, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              } else {
                const err57 = { instancePath: instancePath + "/webhook/verification/signatureHeader", schemaPath: "#/$defs/verification/properties/signatureHeader/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.properties.signatureHeader.type, parentSchema: schema53.properties.signatureHeader, data: data28 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data27.algorithm !== void 0) {
              let data29 = data27.algorithm;
              if (typeof data29 === "string") {
                if (!pattern45.test(data29)) {
                  const err58 = { instancePath: instancePath + "/webhook/verification/algorithm", schemaPath: "#/$defs/verification/properties/algorithm/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]{1,32}$" }, message: 'must match pattern "^[a-z0-9-]{1,32}$"', schema: "^[a-z0-9-]{1,32}$", parentSchema: schema53.properties.algorithm, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              } else {
                const err59 = { instancePath: instancePath + "/webhook/verification/algorithm", schemaPath: "#/$defs/verification/properties/algorithm/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.properties.algorithm.type, parentSchema: schema53.properties.algorithm, data: data29 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data27.idempotencyKey !== void 0) {
              let data30 = data27.idempotencyKey;
              if (typeof data30 === "string") {
                if (func3(data30) < 1) {
                  const err60 = { instancePath: instancePath + "/webhook/verification/idempotencyKey", schemaPath: "#/$defs/verification/properties/idempotencyKey/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema53.properties.idempotencyKey, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              } else {
                const err61 = { instancePath: instancePath + "/webhook/verification/idempotencyKey", schemaPath: "#/$defs/verification/properties/idempotencyKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.properties.idempotencyKey.type, parentSchema: schema53.properties.idempotencyKey, data: data30 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data27.replayAlertPerHour !== void 0) {
              let data31 = data27.replayAlertPerHour;
              if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)) && isFinite(data31))) {
                const err62 = { instancePath: instancePath + "/webhook/verification/replayAlertPerHour", schemaPath: "#/$defs/verification/properties/replayAlertPerHour/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema53.properties.replayAlertPerHour.type, parentSchema: schema53.properties.replayAlertPerHour, data: data31 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
              if (typeof data31 == "number" && isFinite(data31)) {
                if (data31 < 1 || isNaN(data31)) {
                  const err63 = { instancePath: instancePath + "/webhook/verification/replayAlertPerHour", schemaPath: "#/$defs/verification/properties/replayAlertPerHour/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema53.properties.replayAlertPerHour, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err64 = { instancePath: instancePath + "/webhook/verification", schemaPath: "#/$defs/verification/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema53.type, parentSchema: schema53, data: data27 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
      } else {
        const err65 = { instancePath: instancePath + "/webhook", schemaPath: "#/properties/webhook/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.properties.webhook.type, parentSchema: schema44.properties.webhook, data: data26 };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
  } else {
    const err66 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data };
    if (vErrors === null) {
      vErrors = [err66];
    } else {
      vErrors.push(err66);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var environment = validate34;
var schema54 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://b3os-readiness.dev/schemas/environment.schema.json", "title": "b3os-readiness environment inventory (environments/<env>.yaml)", "description": "What one B3OS organization holds for an environment and the B3OS API does not expose: connector owners and provider scopes, wallet purposes, execution webhooks, and an inventory of API keys (never a key value).", "type": "object", "required": ["orgId"], "additionalProperties": false, "properties": { "$schema": { "description": "Optional schema reference for editors.", "type": "string" }, "orgId": { "description": "The B3OS organization of this environment (org_…).", "$ref": "#/$defs/orgId" }, "connectors": { "description": "Every connector workflows of this environment use.", "type": "array", "items": { "$ref": "#/$defs/connector" } }, "wallets": { "description": "Every organization wallet workflows of this environment may use.", "type": "array", "items": { "$ref": "#/$defs/wallet" } }, "executionWebhooks": { "description": "Organization execution webhooks (POST /v1/execution-webhooks) that carry run and node events to the team.", "type": "array", "items": { "$ref": "#/$defs/executionWebhook" } }, "apiKeys": { "description": "Inventory of B3OS and service API keys: who holds which scope and when it was rotated. Never a key value.", "type": "array", "items": { "$ref": "#/$defs/apiKey" } }, "connectorScopes": { "description": "Minimal provider scopes per connector type; a connector holding more fails connectors-scoped. The catalog gives defaults.", "type": "object", "propertyNames": { "description": "A connector type.", "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$" }, "additionalProperties": { "$ref": "#/$defs/scopes" } } }, "$defs": { "githubHandle": { "type": "string", "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$" }, "date": { "type": "string", "pattern": "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$" }, "orgId": { "type": "string", "pattern": "^org_[A-Za-z0-9_-]{1,64}$" }, "scopes": { "description": "Provider scopes, e.g. chat:write.", "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1 } }, "connector": { "description": "One B3OS connector.", "type": "object", "required": ["id", "type", "owner", "scopes"], "additionalProperties": false, "properties": { "id": { "description": "Connector id as B3OS shows it (conn_…).", "type": "string", "pattern": "^conn_[A-Za-z0-9_-]{1,64}$" }, "type": { "description": "Connector type, e.g. slack, telegram, gmail.", "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$" }, "organization": { "description": "Organization that owns the credential (org_…); defaults to orgId.", "$ref": "#/$defs/orgId" }, "owner": { "description": 'GitHub team or user responsible for the connector, e.g. "@acme/ops".', "$ref": "#/$defs/githubHandle" }, "scopes": { "description": "Provider scopes the connector was granted.", "$ref": "#/$defs/scopes" } } }, "wallet": { "description": "One organization wallet.", "type": "object", "required": ["id", "address", "purpose"], "additionalProperties": false, "properties": { "id": { "description": "Wallet id (wal_…).", "type": "string", "pattern": "^wal_[A-Za-z0-9_-]{1,64}$" }, "address": { "description": "On-chain address: EVM (0x + 40 hex) or Solana base58.", "type": "string", "pattern": "^(?:0x[0-9a-fA-F]{40}|[1-9A-HJ-NP-Za-km-z]{32,44})$" }, "purpose": { "description": "operational: used by automated workflows; human: used by people, never by workflows.", "enum": ["operational", "human"] } } }, "executionWebhook": { "description": "One execution webhook endpoint.", "type": "object", "required": ["id", "url", "events"], "additionalProperties": false, "properties": { "id": { "description": "Endpoint id as B3OS shows it.", "type": "string", "pattern": "^[A-Za-z0-9_-]{1,128}$" }, "url": { "description": "Receiver URL (https).", "type": "string", "format": "uri" }, "events": { "description": "Subscribed event types, e.g. run.failed, node.failed.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-z][a-z_]*(?:\\.[a-z][a-z_]*)+$" } }, "maxRetries": { "description": "Delivery retries before a delivery counts as failed.", "type": "integer", "minimum": 0, "maximum": 100 }, "status": { "description": "Endpoint status in B3OS: active or disabled.", "enum": ["active", "disabled"] }, "verification": { "$ref": "#/$defs/verification" } } }, "verification": { "description": "How a webhook delivery is verified and deduplicated.", "type": "object", "required": ["signatureHeader", "algorithm"], "additionalProperties": false, "properties": { "signatureHeader": { "description": "Header that carries the signature, e.g. x-b3os-signature.", "type": "string", "pattern": "^[A-Za-z0-9-]{1,128}$" }, "algorithm": { "description": "Signature algorithm, e.g. hmac-sha256 (hex HMAC-SHA256 of the raw body).", "type": "string", "pattern": "^[a-z0-9-]{1,32}$" }, "idempotencyKey": { "description": "Field or header that identifies a delivery so retries are processed once, e.g. event.id.", "type": "string", "minLength": 1 }, "replayAlertPerHour": { "description": "Alert when more than this many replayed or duplicate deliveries arrive in an hour.", "type": "integer", "minimum": 1 } } }, "apiKey": { "description": "One API key in the inventory (never its value).", "type": "object", "required": ["name", "service", "scope", "owner", "rotatedAt"], "additionalProperties": false, "properties": { "name": { "description": "Key name as shown in B3OS or the provider.", "type": "string", "minLength": 1, "maxLength": 128 }, "service": { "description": "The service that uses the key.", "type": "string", "minLength": 1, "maxLength": 128 }, "scope": { "description": "read or read-write; read-write requires writeJustification.", "enum": ["read", "read-write"] }, "owner": { "description": "GitHub team or user responsible for the key.", "$ref": "#/$defs/githubHandle" }, "rotatedAt": { "description": "Day of the last rotation, YYYY-MM-DD.", "$ref": "#/$defs/date" }, "writeJustification": { "description": "Why the service needs write access; required when scope is read-write.", "type": "string", "minLength": 1 } }, "if": { "required": ["scope"], "properties": { "scope": { "const": "read-write" } } }, "then": { "properties": { "writeJustification": true }, "required": ["writeJustification"] } } } };
var schema55 = { "type": "string", "pattern": "^org_[A-Za-z0-9_-]{1,64}$" };
var schema60 = { "description": "One organization wallet.", "type": "object", "required": ["id", "address", "purpose"], "additionalProperties": false, "properties": { "id": { "description": "Wallet id (wal_…).", "type": "string", "pattern": "^wal_[A-Za-z0-9_-]{1,64}$" }, "address": { "description": "On-chain address: EVM (0x + 40 hex) or Solana base58.", "type": "string", "pattern": "^(?:0x[0-9a-fA-F]{40}|[1-9A-HJ-NP-Za-km-z]{32,44})$" }, "purpose": { "description": "operational: used by automated workflows; human: used by people, never by workflows.", "enum": ["operational", "human"] } } };
var schema59 = { "description": "Provider scopes, e.g. chat:write.", "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1 } };
var pattern46 = new RegExp("^org_[A-Za-z0-9_-]{1,64}$", "u");
var pattern51 = new RegExp("^wal_[A-Za-z0-9_-]{1,64}$", "u");
var pattern48 = new RegExp("^[a-z0-9][a-z0-9_-]{0,63}$", "u");
var schema56 = { "description": "One B3OS connector.", "type": "object", "required": ["id", "type", "owner", "scopes"], "additionalProperties": false, "properties": { "id": { "description": "Connector id as B3OS shows it (conn_…).", "type": "string", "pattern": "^conn_[A-Za-z0-9_-]{1,64}$" }, "type": { "description": "Connector type, e.g. slack, telegram, gmail.", "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$" }, "organization": { "description": "Organization that owns the credential (org_…); defaults to orgId.", "$ref": "#/$defs/orgId" }, "owner": { "description": 'GitHub team or user responsible for the connector, e.g. "@acme/ops".', "$ref": "#/$defs/githubHandle" }, "scopes": { "description": "Provider scopes the connector was granted.", "$ref": "#/$defs/scopes" } } };
var schema58 = { "type": "string", "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$" };
var pattern47 = new RegExp("^conn_[A-Za-z0-9_-]{1,64}$", "u");
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema56.required, parentSchema: schema56, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema56.required, parentSchema: schema56, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'", schema: schema56.required, parentSchema: schema56, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.scopes === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "scopes" }, message: "must have required property 'scopes'", schema: schema56.required, parentSchema: schema56, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "type" || key0 === "organization" || key0 === "owner" || key0 === "scopes")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern47.test(data0)) {
          const err5 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^conn_[A-Za-z0-9_-]{1,64}$" }, message: 'must match pattern "^conn_[A-Za-z0-9_-]{1,64}$"', schema: "^conn_[A-Za-z0-9_-]{1,64}$", parentSchema: schema56.properties.id, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.id.type, parentSchema: schema56.properties.id, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (typeof data1 === "string") {
        if (!pattern48.test(data1)) {
          const err7 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]{0,63}$"', schema: "^[a-z0-9][a-z0-9_-]{0,63}$", parentSchema: schema56.properties.type, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.type.type, parentSchema: schema56.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.organization !== void 0) {
      let data2 = data.organization;
      if (typeof data2 === "string") {
        if (!pattern46.test(data2)) {
          const err9 = { instancePath: instancePath + "/organization", schemaPath: "#/$defs/orgId/pattern", keyword: "pattern", params: { pattern: "^org_[A-Za-z0-9_-]{1,64}$" }, message: 'must match pattern "^org_[A-Za-z0-9_-]{1,64}$"', schema: "^org_[A-Za-z0-9_-]{1,64}$", parentSchema: schema55, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/organization", schemaPath: "#/$defs/orgId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.type, parentSchema: schema55, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data3 = data.owner;
      if (typeof data3 === "string") {
        if (!pattern31.test(data3)) {
          const err11 = { instancePath: instancePath + "/owner", schemaPath: "#/$defs/githubHandle/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$", parentSchema: schema58, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/owner", schemaPath: "#/$defs/githubHandle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.type, parentSchema: schema58, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.scopes !== void 0) {
      let data4 = data.scopes;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 === "string") {
            if (func3(data5) < 1) {
              const err13 = { instancePath: instancePath + "/scopes/" + i0, schemaPath: "#/$defs/scopes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/scopes/" + i0, schemaPath: "#/$defs/scopes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.items.type, parentSchema: schema59.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        let i1 = data4.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data4[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err15 = { instancePath: instancePath + "/scopes", schemaPath: "#/$defs/scopes/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema59, data: data4 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/scopes", schemaPath: "#/$defs/scopes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema59.type, parentSchema: schema59, data: data4 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.type, parentSchema: schema56, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema61 = { "description": "One execution webhook endpoint.", "type": "object", "required": ["id", "url", "events"], "additionalProperties": false, "properties": { "id": { "description": "Endpoint id as B3OS shows it.", "type": "string", "pattern": "^[A-Za-z0-9_-]{1,128}$" }, "url": { "description": "Receiver URL (https).", "type": "string", "format": "uri" }, "events": { "description": "Subscribed event types, e.g. run.failed, node.failed.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-z][a-z_]*(?:\\.[a-z][a-z_]*)+$" } }, "maxRetries": { "description": "Delivery retries before a delivery counts as failed.", "type": "integer", "minimum": 0, "maximum": 100 }, "status": { "description": "Endpoint status in B3OS: active or disabled.", "enum": ["active", "disabled"] }, "verification": { "$ref": "#/$defs/verification" } } };
var schema62 = { "description": "How a webhook delivery is verified and deduplicated.", "type": "object", "required": ["signatureHeader", "algorithm"], "additionalProperties": false, "properties": { "signatureHeader": { "description": "Header that carries the signature, e.g. x-b3os-signature.", "type": "string", "pattern": "^[A-Za-z0-9-]{1,128}$" }, "algorithm": { "description": "Signature algorithm, e.g. hmac-sha256 (hex HMAC-SHA256 of the raw body).", "type": "string", "pattern": "^[a-z0-9-]{1,32}$" }, "idempotencyKey": { "description": "Field or header that identifies a delivery so retries are processed once, e.g. event.id.", "type": "string", "minLength": 1 }, "replayAlertPerHour": { "description": "Alert when more than this many replayed or duplicate deliveries arrive in an hour.", "type": "integer", "minimum": 1 } } };
var pattern53 = new RegExp("^[A-Za-z0-9_-]{1,128}$", "u");
var formats0 = runtime2.fullFormats.uri;
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate37.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema61.required, parentSchema: schema61, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.url === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema61.required, parentSchema: schema61, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.events === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "events" }, message: "must have required property 'events'", schema: schema61.required, parentSchema: schema61, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "url" || key0 === "events" || key0 === "maxRetries" || key0 === "status" || key0 === "verification")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern53.test(data0)) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{1,128}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{1,128}$"', schema: "^[A-Za-z0-9_-]{1,128}$", parentSchema: schema61.properties.id, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.id.type, parentSchema: schema61.properties.id, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      let data1 = data.url;
      if (typeof data1 === "string") {
        if (!formats0(data1)) {
          const err6 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema61.properties.url, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.url.type, parentSchema: schema61.properties.url, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.events !== void 0) {
      let data2 = data.events;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err8 = { instancePath: instancePath + "/events", schemaPath: "#/properties/events/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema61.properties.events, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (!pattern24.test(data3)) {
              const err9 = { instancePath: instancePath + "/events/" + i0, schemaPath: "#/properties/events/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z_]*(?:\\.[a-z][a-z_]*)+$" }, message: 'must match pattern "^[a-z][a-z_]*(?:\\.[a-z][a-z_]*)+$"', schema: "^[a-z][a-z_]*(?:\\.[a-z][a-z_]*)+$", parentSchema: schema61.properties.events.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/events/" + i0, schemaPath: "#/properties/events/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.events.items.type, parentSchema: schema61.properties.events.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        let i1 = data2.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data2[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err11 = { instancePath: instancePath + "/events", schemaPath: "#/properties/events/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema61.properties.events, data: data2 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/events", schemaPath: "#/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema61.properties.events.type, parentSchema: schema61.properties.events, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.maxRetries !== void 0) {
      let data4 = data.maxRetries;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err13 = { instancePath: instancePath + "/maxRetries", schemaPath: "#/properties/maxRetries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.maxRetries.type, parentSchema: schema61.properties.maxRetries, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 > 100 || isNaN(data4)) {
          const err14 = { instancePath: instancePath + "/maxRetries", schemaPath: "#/properties/maxRetries/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema61.properties.maxRetries, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data4 < 0 || isNaN(data4)) {
          const err15 = { instancePath: instancePath + "/maxRetries", schemaPath: "#/properties/maxRetries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema61.properties.maxRetries, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.status !== void 0) {
      let data5 = data.status;
      if (!(data5 === "active" || data5 === "disabled")) {
        const err16 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema61.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema61.properties.status.enum, parentSchema: schema61.properties.status, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.verification !== void 0) {
      let data6 = data.verification;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.signatureHeader === void 0) {
          const err17 = { instancePath: instancePath + "/verification", schemaPath: "#/$defs/verification/required", keyword: "required", params: { missingProperty: "signatureHeader" }, message: "must have required property 'signatureHeader'", schema: schema62.required, parentSchema: schema62, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data6.algorithm === void 0) {
          const err18 = { instancePath: instancePath + "/verification", schemaPath: "#/$defs/verification/required", keyword: "required", params: { missingProperty: "algorithm" }, message: "must have required property 'algorithm'", schema: schema62.required, parentSchema: schema62, data: data6 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        for (const key1 in data6) {
          if (!(key1 === "signatureHeader" || key1 === "algorithm" || key1 === "idempotencyKey" || key1 === "replayAlertPerHour")) {
            const err19 = { instancePath: instancePath + "/verification", schemaPath: "#/$defs/verification/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62, data: data6 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data6.signatureHeader !== void 0) {
          let data7 = data6.signatureHeader;
          if (typeof data7 === "string") {
            if (!pattern44.test(data7)) {
              const err20 = { instancePath: instancePath + "/verification/signatureHeader", schemaPath: "#/$defs/verification/properties/signatureHeader/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9-]{1,128}$" }, message: 'must match pattern "^[A-Za-z0-9-]{1,128}$"', schema: "^[A-Za-z0-9-]{1,128}$", parentSchema: schema62.properties.signatureHeader, data: data7 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/verification/signatureHeader", schemaPath: "#/$defs/verification/properties/signatureHeader/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema62.properties.signatureHeader.type, parentSchema: schema62.properties.signatureHeader, data: data7 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data6.algorithm !== void 0) {
          let data8 = data6.algorithm;
          if (typeof data8 === "string") {
            if (!pattern45.test(data8)) {
              const err22 = { instancePath: instancePath + "/verification/algorithm", schemaPath: "#/$defs/verification/properties/algorithm/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]{1,32}$" }, message: 'must match pattern "^[a-z0-9-]{1,32}$"', schema: "^[a-z0-9-]{1,32}$", parentSchema: schema62.properties.algorithm, data: data8 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/verification/algorithm", schemaPath: "#/$defs/verification/properties/algorithm/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema62.properties.algorithm.type, parentSchema: schema62.properties.algorithm, data: data8 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data6.idempotencyKey !== void 0) {
          let data9 = data6.idempotencyKey;
          if (typeof data9 === "string") {
            if (func3(data9) < 1) {
              const err24 = { instancePath: instancePath + "/verification/idempotencyKey", schemaPath: "#/$defs/verification/properties/idempotencyKey/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema62.properties.idempotencyKey, data: data9 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/verification/idempotencyKey", schemaPath: "#/$defs/verification/properties/idempotencyKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema62.properties.idempotencyKey.type, parentSchema: schema62.properties.idempotencyKey, data: data9 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data6.replayAlertPerHour !== void 0) {
          let data10 = data6.replayAlertPerHour;
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
            const err26 = { instancePath: instancePath + "/verification/replayAlertPerHour", schemaPath: "#/$defs/verification/properties/replayAlertPerHour/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema62.properties.replayAlertPerHour.type, parentSchema: schema62.properties.replayAlertPerHour, data: data10 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 < 1 || isNaN(data10)) {
              const err27 = { instancePath: instancePath + "/verification/replayAlertPerHour", schemaPath: "#/$defs/verification/properties/replayAlertPerHour/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema62.properties.replayAlertPerHour, data: data10 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/verification", schemaPath: "#/$defs/verification/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.type, parentSchema: schema62, data: data6 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
  } else {
    const err29 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.type, parentSchema: schema61, data };
    if (vErrors === null) {
      vErrors = [err29];
    } else {
      vErrors.push(err29);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
validate37.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema63 = { "description": "One API key in the inventory (never its value).", "type": "object", "required": ["name", "service", "scope", "owner", "rotatedAt"], "additionalProperties": false, "properties": { "name": { "description": "Key name as shown in B3OS or the provider.", "type": "string", "minLength": 1, "maxLength": 128 }, "service": { "description": "The service that uses the key.", "type": "string", "minLength": 1, "maxLength": 128 }, "scope": { "description": "read or read-write; read-write requires writeJustification.", "enum": ["read", "read-write"] }, "owner": { "description": "GitHub team or user responsible for the key.", "$ref": "#/$defs/githubHandle" }, "rotatedAt": { "description": "Day of the last rotation, YYYY-MM-DD.", "$ref": "#/$defs/date" }, "writeJustification": { "description": "Why the service needs write access; required when scope is read-write.", "type": "string", "minLength": 1 } }, "if": { "required": ["scope"], "properties": { "scope": { "const": "read-write" } } }, "then": { "properties": { "writeJustification": true }, "required": ["writeJustification"] } };
var schema65 = { "type": "string", "pattern": "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$" };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.scope === void 0 && (missing0 = "scope")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.scope !== void 0) {
        if ("read-write" !== data.scope) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.writeJustification === void 0) {
        const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "writeJustification" }, message: "must have required property 'writeJustification'", schema: schema63.then.required, parentSchema: schema63.then, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.writeJustification = true;
      props0.scope = true;
    }
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema63.if, parentSchema: schema63, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.service === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.scope === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "scope" }, message: "must have required property 'scope'", schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'", schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.rotatedAt === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rotatedAt" }, message: "must have required property 'rotatedAt'", schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "service" || key0 === "scope" || key0 === "owner" || key0 === "rotatedAt" || key0 === "writeJustification")) {
        const err9 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema63, data };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func3(data1) > 128) {
          const err10 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema63.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (func3(data1) < 1) {
          const err11 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema63.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.properties.name.type, parentSchema: schema63.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      let data2 = data.service;
      if (typeof data2 === "string") {
        if (func3(data2) > 128) {
          const err13 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema63.properties.service, data: data2 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (func3(data2) < 1) {
          const err14 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema63.properties.service, data: data2 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.properties.service.type, parentSchema: schema63.properties.service, data: data2 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.scope !== void 0) {
      let data3 = data.scope;
      if (!(data3 === "read" || data3 === "read-write")) {
        const err16 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/enum", keyword: "enum", params: { allowedValues: schema63.properties.scope.enum }, message: "must be equal to one of the allowed values", schema: schema63.properties.scope.enum, parentSchema: schema63.properties.scope, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data4 = data.owner;
      if (typeof data4 === "string") {
        if (!pattern31.test(data4)) {
          const err17 = { instancePath: instancePath + "/owner", schemaPath: "#/$defs/githubHandle/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$", parentSchema: schema58, data: data4 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/owner", schemaPath: "#/$defs/githubHandle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.type, parentSchema: schema58, data: data4 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.rotatedAt !== void 0) {
      let data5 = data.rotatedAt;
      if (typeof data5 === "string") {
        if (!pattern42.test(data5)) {
          const err19 = { instancePath: instancePath + "/rotatedAt", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$" }, message: 'must match pattern "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$"', schema: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$", parentSchema: schema65, data: data5 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/rotatedAt", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema65.type, parentSchema: schema65, data: data5 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.writeJustification !== void 0) {
      let data6 = data.writeJustification;
      if (typeof data6 === "string") {
        if (func3(data6) < 1) {
          const err21 = { instancePath: instancePath + "/writeJustification", schemaPath: "#/properties/writeJustification/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema63.properties.writeJustification, data: data6 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/writeJustification", schemaPath: "#/properties/writeJustification/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.properties.writeJustification.type, parentSchema: schema63.properties.writeJustification, data: data6 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema63.type, parentSchema: schema63, data };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.orgId === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "orgId" }, message: "must have required property 'orgId'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "orgId" || key0 === "connectors" || key0 === "wallets" || key0 === "executionWebhooks" || key0 === "apiKeys" || key0 === "connectorScopes")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.$schema.type, parentSchema: schema54.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.orgId !== void 0) {
      let data1 = data.orgId;
      if (typeof data1 === "string") {
        if (!pattern46.test(data1)) {
          const err3 = { instancePath: instancePath + "/orgId", schemaPath: "#/$defs/orgId/pattern", keyword: "pattern", params: { pattern: "^org_[A-Za-z0-9_-]{1,64}$" }, message: 'must match pattern "^org_[A-Za-z0-9_-]{1,64}$"', schema: "^org_[A-Za-z0-9_-]{1,64}$", parentSchema: schema55, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/orgId", schemaPath: "#/$defs/orgId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.type, parentSchema: schema55, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.connectors !== void 0) {
      let data2 = data.connectors;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate35(data2[i0], { instancePath: instancePath + "/connectors/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/connectors", schemaPath: "#/properties/connectors/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema54.properties.connectors.type, parentSchema: schema54.properties.connectors, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.wallets !== void 0) {
      let data4 = data.wallets;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data5 = data4[i1];
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.id === void 0) {
              const err6 = { instancePath: instancePath + "/wallets/" + i1, schemaPath: "#/$defs/wallet/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema60.required, parentSchema: schema60, data: data5 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data5.address === void 0) {
              const err7 = { instancePath: instancePath + "/wallets/" + i1, schemaPath: "#/$defs/wallet/required", keyword: "required", params: { missingProperty: "address" }, message: "must have required property 'address'", schema: schema60.required, parentSchema: schema60, data: data5 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data5.purpose === void 0) {
              const err8 = { instancePath: instancePath + "/wallets/" + i1, schemaPath: "#/$defs/wallet/required", keyword: "required", params: { missingProperty: "purpose" }, message: "must have required property 'purpose'", schema: schema60.required, parentSchema: schema60, data: data5 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            for (const key1 in data5) {
              if (!(key1 === "id" || key1 === "address" || key1 === "purpose")) {
                const err9 = { instancePath: instancePath + "/wallets/" + i1, schemaPath: "#/$defs/wallet/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema60, data: data5 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data5.id !== void 0) {
              let data6 = data5.id;
              if (typeof data6 === "string") {
                if (!pattern51.test(data6)) {
                  const err10 = { instancePath: instancePath + "/wallets/" + i1 + "/id", schemaPath: "#/$defs/wallet/properties/id/pattern", keyword: "pattern", params: { pattern: "^wal_[A-Za-z0-9_-]{1,64}$" }, message: 'must match pattern "^wal_[A-Za-z0-9_-]{1,64}$"', schema: "^wal_[A-Za-z0-9_-]{1,64}$", parentSchema: schema60.properties.id, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath + "/wallets/" + i1 + "/id", schemaPath: "#/$defs/wallet/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.properties.id.type, parentSchema: schema60.properties.id, data: data6 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data5.address !== void 0) {
              let data7 = data5.address;
              if (typeof data7 === "string") {
                if (!pattern36.test(data7)) {
                  const err12 = { instancePath: instancePath + "/wallets/" + i1 + "/address", schemaPath: "#/$defs/wallet/properties/address/pattern", keyword: "pattern", params: { pattern: "^(?:0x[0-9a-fA-F]{40}|[1-9A-HJ-NP-Za-km-z]{32,44})$" }, message: 'must match pattern "^(?:0x[0-9a-fA-F]{40}|[1-9A-HJ-NP-Za-km-z]{32,44})$"', schema: "^(?:0x[0-9a-fA-F]{40}|[1-9A-HJ-NP-Za-km-z]{32,44})$", parentSchema: schema60.properties.address, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/wallets/" + i1 + "/address", schemaPath: "#/$defs/wallet/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.properties.address.type, parentSchema: schema60.properties.address, data: data7 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data5.purpose !== void 0) {
              let data8 = data5.purpose;
              if (!(data8 === "operational" || data8 === "human")) {
                const err14 = { instancePath: instancePath + "/wallets/" + i1 + "/purpose", schemaPath: "#/$defs/wallet/properties/purpose/enum", keyword: "enum", params: { allowedValues: schema60.properties.purpose.enum }, message: "must be equal to one of the allowed values", schema: schema60.properties.purpose.enum, parentSchema: schema60.properties.purpose, data: data8 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/wallets/" + i1, schemaPath: "#/$defs/wallet/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.type, parentSchema: schema60, data: data5 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/wallets", schemaPath: "#/properties/wallets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema54.properties.wallets.type, parentSchema: schema54.properties.wallets, data: data4 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.executionWebhooks !== void 0) {
      let data9 = data.executionWebhooks;
      if (Array.isArray(data9)) {
        const len2 = data9.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate37(data9[i2], { instancePath: instancePath + "/executionWebhooks/" + i2, parentData: data9, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/executionWebhooks", schemaPath: "#/properties/executionWebhooks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema54.properties.executionWebhooks.type, parentSchema: schema54.properties.executionWebhooks, data: data9 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.apiKeys !== void 0) {
      let data11 = data.apiKeys;
      if (Array.isArray(data11)) {
        const len3 = data11.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate39(data11[i3], { instancePath: instancePath + "/apiKeys/" + i3, parentData: data11, parentDataProperty: i3, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/apiKeys", schemaPath: "#/properties/apiKeys/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema54.properties.apiKeys.type, parentSchema: schema54.properties.apiKeys, data: data11 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.connectorScopes !== void 0) {
      let data13 = data.connectorScopes;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key2 in data13) {
          const _errs29 = errors;
          if (typeof key2 === "string") {
            if (!pattern48.test(key2)) {
              const err19 = { instancePath: instancePath + "/connectorScopes", schemaPath: "#/properties/connectorScopes/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]{0,63}$"', schema: "^[a-z0-9][a-z0-9_-]{0,63}$", parentSchema: schema54.properties.connectorScopes.propertyNames, data: key2, propertyName: key2 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/connectorScopes", schemaPath: "#/properties/connectorScopes/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.connectorScopes.propertyNames.type, parentSchema: schema54.properties.connectorScopes.propertyNames, data: key2, propertyName: key2 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          var valid12 = _errs29 === errors;
          if (!valid12) {
            const err21 = { instancePath: instancePath + "/connectorScopes", schemaPath: "#/properties/connectorScopes/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema54.properties.connectorScopes.propertyNames, parentSchema: schema54.properties.connectorScopes, data: data13 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        for (const key3 in data13) {
          let data14 = data13[key3];
          if (Array.isArray(data14)) {
            const len4 = data14.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data15 = data14[i4];
              if (typeof data15 === "string") {
                if (func3(data15) < 1) {
                  const err22 = { instancePath: instancePath + "/connectorScopes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i4, schemaPath: "#/$defs/scopes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.items, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/connectorScopes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i4, schemaPath: "#/$defs/scopes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.items.type, parentSchema: schema59.items, data: data15 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            let i5 = data14.length;
            let j0;
            if (i5 > 1) {
              const indices0 = {};
              for (; i5--; ) {
                let item0 = data14[i5];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err24 = { instancePath: instancePath + "/connectorScopes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/scopes/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i5 + " are identical)", schema: true, parentSchema: schema59, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i5;
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/connectorScopes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/scopes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema59.type, parentSchema: schema59, data: data14 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/connectorScopes", schemaPath: "#/properties/connectorScopes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.properties.connectorScopes.type, parentSchema: schema54.properties.connectorScopes, data: data13 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.type, parentSchema: schema54, data };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var template = validate41;
var schema67 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://b3os-readiness.dev/schemas/template.schema.json", "title": "B3OS template file (templates/<slug>/template.json)", "description": "The exact body of the B3OS create-template request (POST /v1/templates, CreateWorkflowTemplateRequest). The definition has the shape of a workflow definition (workflow.schema.json); node payloads are checked against their action's or trigger's payloadSchema by b3os-readiness.", "type": "object", "required": ["name", "description", "definition", "tags", "visibility"], "additionalProperties": false, "properties": { "$schema": { "description": "Optional schema reference for editors; ignored by the B3OS API.", "type": "string" }, "name": { "description": "Template name shown in the B3OS template gallery, at most 255 characters.", "type": "string", "maxLength": 255 }, "description": { "description": "What a workflow created from the template does, at most 2000 characters.", "type": "string", "maxLength": 2e3 }, "definition": { "description": "The workflow graph (WorkflowDefinition), with {{$props.key}} placeholders for the template props.", "$ref": "workflow.schema.json#/$defs/definition" }, "tags": { "description": "Gallery tags, e.g. monitoring, wallet, slack.", "type": "array", "items": { "type": "string" } }, "visibility": { "description": "org: visible to organization members only; public: visible to everyone (public templates go through moderation).", "enum": ["org", "public"] }, "templateProps": { "description": "The values a user fills in when creating a workflow from the template, read as {{$props.key}}.", "type": "array", "items": { "$ref": "#/$defs/templateProp" } }, "category": { "description": "Deprecated: use tags instead.", "type": "string" }, "cooldownMs": { "description": "Minimum time between two runs of a workflow created from the template, in milliseconds.", "type": "integer" }, "maxRuns": { "description": "Number of runs after which a workflow created from the template pauses itself.", "type": "integer" }, "sourceWorkflowId": { "description": "Workflow the template was published from.", "type": "string" }, "tableSchemas": { "description": "Organization database tables the template needs, keyed by table name.", "type": "object", "additionalProperties": { "$ref": "#/$defs/tableSchema" } }, "uiMetadata": { "description": "Editor layout (WorkflowUIMetadata): node positions, sticky notes, comments. Not used at run time.", "$ref": "workflow.schema.json#/$defs/uiMetadata" } }, "$defs": { "templateProp": { "description": "One template prop (TemplateProp).", "type": "object", "additionalProperties": false, "properties": { "key": { "description": "Prop key, read as {{$props.key}}.", "type": "string" }, "name": { "description": "Label shown in the create-from-template form.", "type": "string" }, "description": { "description": "Help text shown under the field.", "type": "string" }, "type": { "description": "Value type; object is used for csvTable props.", "enum": ["string", "number", "integer", "boolean", "object"] }, "required": { "description": "Whether the user must fill in the prop.", "type": "boolean" }, "default": { "description": "Value used when the user leaves the prop empty." }, "sensitive": { "description": "Whether the value is masked in the form.", "type": "boolean" }, "properties": { "$ref": "#/$defs/propSchema" } } }, "propSchema": { "description": "Rendering hints and constraints of a prop (PropSchema).", "type": "object", "additionalProperties": false, "properties": { "inputType": { "description": "UI rendering hint: chainSelector, tokenSelector, multiTokenSelector, tokenAmount, coinSelector, multiCoinSelector, address, contractAddress, recipientAddress, email, telegram-chat, slack-channel, pushover-recipient, pushbullet-device, webpush-subscription, textarea, password, polymarketUser, twitterUsername, storkAsset, hyperliquidAsset, morphoVault, morphoMarket, csvTable, notification-channel, googleSheetUrl, rrule, walletConnector. Unknown values fall back to a plain input.", "type": "string" }, "accountType": { "description": "Filters the wallet picker by account type (walletConnector).", "type": "string" }, "allowWalletPicker": { "description": "Whether address fields offer the organization's wallets (default true).", "type": "boolean" }, "allowedChannels": { "description": 'Channels the notification-channel picker offers, e.g. ["slack"].', "type": "array", "items": { "type": "string" } }, "autoFillFromWallet": { "description": "Fills the prop with the selected workflow wallet's address and hides it.", "type": "boolean" }, "bindsConnectorNodes": { "description": "Node ids whose wallet connector is prefilled from this prop's wallet (walletConnector).", "type": "array", "items": { "type": "string" } }, "chainId": { "description": "Fixed chain id (tokenAmount).", "type": "integer" }, "chainPropKey": { "description": "Key of the prop that provides the chain id (tokenSelector, tokenAmount).", "type": "string" }, "columns": { "description": "Columns of a csvTable prop.", "type": "array", "items": { "$ref": "#/$defs/propColumn" } }, "dex": { "description": "Fixed DEX name (hyperliquidAsset).", "type": "string" }, "dexPropKey": { "description": "Key of the prop that provides the DEX name (hyperliquidAsset).", "type": "string" }, "enum": { "description": "Allowed values.", "type": "array" }, "enumLabels": { "description": "Labels of the allowed values, in the same order.", "type": "array", "items": { "type": "string" } }, "excludeNative": { "description": "Hides native tokens (tokenSelector, multiTokenSelector).", "type": "boolean" }, "groupKey": { "description": "Groups related props in the form.", "type": "string" }, "maxRows": { "description": "csvTable: maximum number of rows (0: no cap).", "type": "integer" }, "minRows": { "description": "csvTable: minimum number of rows (0: default 1).", "type": "integer" }, "maximum": { "description": "Largest allowed number.", "type": "number" }, "minimum": { "description": "Smallest allowed number.", "type": "number" }, "pattern": { "description": "Regular expression the value must match.", "type": "string" }, "placeholder": { "description": "Placeholder text of the field.", "type": "string" }, "showWalletBalances": { "description": "Shows wallet balances in the token picker (tokenSelector).", "type": "boolean" }, "sources": { "description": "The node fields this prop was created from.", "type": "array", "items": { "$ref": "#/$defs/propSource" } }, "summary": { "$ref": "#/$defs/propSchemaSummary" }, "tokenAddress": { "description": "Fixed token address (tokenAmount).", "type": "string" }, "tokenAddressPropKey": { "description": "Key of the prop that provides the token address (tokenAmount).", "type": "string" }, "visibleWhen": { "$ref": "#/$defs/propVisibleWhen" } } }, "propColumn": { "description": "One column of a csvTable prop (PropColumn).", "type": "object", "additionalProperties": false, "properties": { "key": { "description": "Column key, read as {{$props.<propKey>.<colKey>}}.", "type": "string" }, "name": { "description": "Column label.", "type": "string" }, "type": { "description": "Cell value type: string, number or integer.", "type": "string" }, "inputType": { "description": "Cell editor: address, recipientAddress, tokenAmount, text.", "type": "string" }, "required": { "description": "Whether every row must fill the cell.", "type": "boolean" }, "pattern": { "description": "Regular expression the cell must match.", "type": "string" }, "placeholder": { "description": "Placeholder text of the cell.", "type": "string" }, "chainId": { "description": "Fixed chain id (tokenAmount cells).", "type": "integer" }, "chainPropKey": { "description": "Key of the prop that provides the chain id (tokenAmount cells).", "type": "string" }, "tokenAddress": { "description": "Fixed token address (tokenAmount cells).", "type": "string" }, "tokenAddressPropKey": { "description": "Key of the prop that provides the token address (tokenAmount cells).", "type": "string" } } }, "propSource": { "description": "A node field a prop was created from (PropSource).", "type": "object", "additionalProperties": false, "properties": { "nodeId": { "description": "Node id.", "type": "string" }, "fieldPath": { "description": "Path of the field in the node's payload.", "type": "string" }, "nodeLabel": { "description": "Node label shown in the editor.", "type": "string" } } }, "propVisibleWhen": { "description": "Shows the prop only when another prop has a given value (PropVisibleWhen).", "type": "object", "additionalProperties": false, "properties": { "propKey": { "description": "Key of the other prop.", "type": "string" }, "value": { "description": "Value of the other prop that shows this one." } } }, "propSchemaSummary": { "description": "Footer summary of a csvTable prop (PropSchemaSummary).", "type": "object", "additionalProperties": false, "properties": { "aggregates": { "description": "Aggregates in display order.", "type": "array", "items": { "$ref": "#/$defs/propSchemaSummaryAggregate" } }, "position": { "description": "footer (default) or none.", "type": "string" } } }, "propSchemaSummaryAggregate": { "description": "One aggregate of a csvTable summary (PropSchemaSummaryAggregate).", "type": "object", "additionalProperties": false, "properties": { "column": { "description": "Column key.", "type": "string" }, "reduce": { "description": "Reducer: sum or count.", "type": "string" }, "label": { "description": "Displayed label; derived from the column and reducer when empty.", "type": "string" } } }, "tableSchema": { "description": "An organization database table (TableSchema).", "type": "object", "additionalProperties": false, "properties": { "columns": { "description": "The table's columns.", "type": "array", "items": { "$ref": "#/$defs/columnSchema" } } } }, "columnSchema": { "description": "One column of an organization database table (ColumnSchema).", "type": "object", "additionalProperties": false, "properties": { "name": { "description": "Column name.", "type": "string" }, "type": { "description": "Column type.", "type": "string" }, "default": { "description": "Default value, as SQL text.", "type": "string" }, "notNull": { "description": "Whether the column rejects null.", "type": "boolean" }, "primaryKey": { "description": "Whether the column is the primary key.", "type": "boolean" }, "unique": { "description": "Whether values must be unique.", "type": "boolean" } } } } };
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate42.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.nodes === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "nodes" }, message: "must have required property 'nodes'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "nodes" || key0 === "triggerNodeIds" || key0 === "inputSchema" || key0 === "variableDefs" || key0 === "blockExpansions" || key0 === "sensitivePropKeys")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.nodes !== void 0) {
      let data0 = data.nodes;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (Object.keys(data0).length < 1) {
          const err2 = { instancePath: instancePath + "/nodes", schemaPath: "#/properties/nodes/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema33.properties.nodes, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        for (const key1 in data0) {
          const _errs4 = errors;
          if (typeof key1 === "string") {
            if (!pattern26.test(key1)) {
              const err3 = { instancePath: instancePath + "/nodes", schemaPath: "#/$defs/nodeId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{1,64}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{1,64}$"', schema: "^[A-Za-z0-9_-]{1,64}$", parentSchema: schema34, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/nodes", schemaPath: "#/$defs/nodeId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          var valid1 = _errs4 === errors;
          if (!valid1) {
            const err5 = { instancePath: instancePath + "/nodes", schemaPath: "#/properties/nodes/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema33.properties.nodes.propertyNames, parentSchema: schema33.properties.nodes, data: data0 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        for (const key2 in data0) {
          if (!validate23(data0[key2], { instancePath: instancePath + "/nodes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/nodes", schemaPath: "#/properties/nodes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.nodes.type, parentSchema: schema33.properties.nodes, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.triggerNodeIds !== void 0) {
      let data2 = data.triggerNodeIds;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err7 = { instancePath: instancePath + "/triggerNodeIds", schemaPath: "#/properties/triggerNodeIds/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33.properties.triggerNodeIds, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (!pattern26.test(data3)) {
              const err8 = { instancePath: instancePath + "/triggerNodeIds/" + i0, schemaPath: "#/$defs/nodeId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{1,64}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{1,64}$"', schema: "^[A-Za-z0-9_-]{1,64}$", parentSchema: schema34, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/triggerNodeIds/" + i0, schemaPath: "#/$defs/nodeId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        let i1 = data2.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func0(data2[i1], data2[j0])) {
                  const err10 = { instancePath: instancePath + "/triggerNodeIds", schemaPath: "#/properties/triggerNodeIds/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema33.properties.triggerNodeIds, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err11 = { instancePath: instancePath + "/triggerNodeIds", schemaPath: "#/properties/triggerNodeIds/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.triggerNodeIds.type, parentSchema: schema33.properties.triggerNodeIds, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.inputSchema !== void 0) {
      let data4 = data.inputSchema;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data5 = data4[i2];
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.key === void 0) {
              const err12 = { instancePath: instancePath + "/inputSchema/" + i2, schemaPath: "#/$defs/workflowInput/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema41.required, parentSchema: schema41, data: data5 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data5.type === void 0) {
              const err13 = { instancePath: instancePath + "/inputSchema/" + i2, schemaPath: "#/$defs/workflowInput/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema41.required, parentSchema: schema41, data: data5 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            for (const key3 in data5) {
              if (!(key3 === "key" || key3 === "type" || key3 === "required" || key3 === "description")) {
                const err14 = { instancePath: instancePath + "/inputSchema/" + i2, schemaPath: "#/$defs/workflowInput/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data: data5 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data5.key !== void 0) {
              let data6 = data5.key;
              if (typeof data6 === "string") {
                if (func3(data6) < 1) {
                  const err15 = { instancePath: instancePath + "/inputSchema/" + i2 + "/key", schemaPath: "#/$defs/workflowInput/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.key, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = { instancePath: instancePath + "/inputSchema/" + i2 + "/key", schemaPath: "#/$defs/workflowInput/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.key.type, parentSchema: schema41.properties.key, data: data6 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data5.type !== void 0) {
              let data7 = data5.type;
              if (!(data7 === "string" || data7 === "number" || data7 === "boolean" || data7 === "object" || data7 === "array")) {
                const err17 = { instancePath: instancePath + "/inputSchema/" + i2 + "/type", schemaPath: "#/$defs/workflowInput/properties/type/enum", keyword: "enum", params: { allowedValues: schema41.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema41.properties.type.enum, parentSchema: schema41.properties.type, data: data7 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data5.required !== void 0) {
              let data8 = data5.required;
              if (typeof data8 !== "boolean") {
                const err18 = { instancePath: instancePath + "/inputSchema/" + i2 + "/required", schemaPath: "#/$defs/workflowInput/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema41.properties.required.type, parentSchema: schema41.properties.required, data: data8 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data5.description !== void 0) {
              let data9 = data5.description;
              if (typeof data9 !== "string") {
                const err19 = { instancePath: instancePath + "/inputSchema/" + i2 + "/description", schemaPath: "#/$defs/workflowInput/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.description.type, parentSchema: schema41.properties.description, data: data9 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          } else {
            const err20 = { instancePath: instancePath + "/inputSchema/" + i2, schemaPath: "#/$defs/workflowInput/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data: data5 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/inputSchema", schemaPath: "#/properties/inputSchema/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.inputSchema.type, parentSchema: schema33.properties.inputSchema, data: data4 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.variableDefs !== void 0) {
      let data10 = data.variableDefs;
      if (Array.isArray(data10)) {
        const len2 = data10.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data11 = data10[i3];
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.name === void 0) {
              const err22 = { instancePath: instancePath + "/variableDefs/" + i3, schemaPath: "#/$defs/variableDef/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema42.required, parentSchema: schema42, data: data11 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data11.type === void 0) {
              const err23 = { instancePath: instancePath + "/variableDefs/" + i3, schemaPath: "#/$defs/variableDef/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema42.required, parentSchema: schema42, data: data11 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            for (const key4 in data11) {
              if (!(key4 === "name" || key4 === "type" || key4 === "lifetime" || key4 === "default" || key4 === "description")) {
                const err24 = { instancePath: instancePath + "/variableDefs/" + i3, schemaPath: "#/$defs/variableDef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data: data11 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data11.name !== void 0) {
              let data12 = data11.name;
              if (typeof data12 === "string") {
                if (func3(data12) < 1) {
                  const err25 = { instancePath: instancePath + "/variableDefs/" + i3 + "/name", schemaPath: "#/$defs/variableDef/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.name, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              } else {
                const err26 = { instancePath: instancePath + "/variableDefs/" + i3 + "/name", schemaPath: "#/$defs/variableDef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.name.type, parentSchema: schema42.properties.name, data: data12 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data11.type !== void 0) {
              let data13 = data11.type;
              if (!(data13 === "number" || data13 === "text" || data13 === "boolean" || data13 === "list" || data13 === "object")) {
                const err27 = { instancePath: instancePath + "/variableDefs/" + i3 + "/type", schemaPath: "#/$defs/variableDef/properties/type/enum", keyword: "enum", params: { allowedValues: schema42.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema42.properties.type.enum, parentSchema: schema42.properties.type, data: data13 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data11.lifetime !== void 0) {
              let data14 = data11.lifetime;
              if (!(data14 === "persist" || data14 === "reset")) {
                const err28 = { instancePath: instancePath + "/variableDefs/" + i3 + "/lifetime", schemaPath: "#/$defs/variableDef/properties/lifetime/enum", keyword: "enum", params: { allowedValues: schema42.properties.lifetime.enum }, message: "must be equal to one of the allowed values", schema: schema42.properties.lifetime.enum, parentSchema: schema42.properties.lifetime, data: data14 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data11.description !== void 0) {
              let data15 = data11.description;
              if (typeof data15 !== "string") {
                const err29 = { instancePath: instancePath + "/variableDefs/" + i3 + "/description", schemaPath: "#/$defs/variableDef/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.description.type, parentSchema: schema42.properties.description, data: data15 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/variableDefs/" + i3, schemaPath: "#/$defs/variableDef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data11 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/variableDefs", schemaPath: "#/properties/variableDefs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.variableDefs.type, parentSchema: schema33.properties.variableDefs, data: data10 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.blockExpansions !== void 0) {
      let data16 = data.blockExpansions;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        for (const key5 in data16) {
          let data17 = data16[key5];
          if (!(data17 && typeof data17 == "object" && !Array.isArray(data17))) {
            const err32 = { instancePath: instancePath + "/blockExpansions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/blockExpansions/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.blockExpansions.additionalProperties.type, parentSchema: schema33.properties.blockExpansions.additionalProperties, data: data17 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/blockExpansions", schemaPath: "#/properties/blockExpansions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.blockExpansions.type, parentSchema: schema33.properties.blockExpansions, data: data16 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.sensitivePropKeys !== void 0) {
      let data18 = data.sensitivePropKeys;
      if (Array.isArray(data18)) {
        const len3 = data18.length;
        for (let i4 = 0; i4 < len3; i4++) {
          let data19 = data18[i4];
          if (typeof data19 !== "string") {
            const err34 = { instancePath: instancePath + "/sensitivePropKeys/" + i4, schemaPath: "#/properties/sensitivePropKeys/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.sensitivePropKeys.items.type, parentSchema: schema33.properties.sensitivePropKeys.items, data: data19 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/sensitivePropKeys", schemaPath: "#/properties/sensitivePropKeys/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.sensitivePropKeys.type, parentSchema: schema33.properties.sensitivePropKeys, data: data18 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
  } else {
    const err36 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err36];
    } else {
      vErrors.push(err36);
    }
    errors++;
  }
  validate42.errors = vErrors;
  return errors === 0;
}
validate42.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema73 = { "description": "One template prop (TemplateProp).", "type": "object", "additionalProperties": false, "properties": { "key": { "description": "Prop key, read as {{$props.key}}.", "type": "string" }, "name": { "description": "Label shown in the create-from-template form.", "type": "string" }, "description": { "description": "Help text shown under the field.", "type": "string" }, "type": { "description": "Value type; object is used for csvTable props.", "enum": ["string", "number", "integer", "boolean", "object"] }, "required": { "description": "Whether the user must fill in the prop.", "type": "boolean" }, "default": { "description": "Value used when the user leaves the prop empty." }, "sensitive": { "description": "Whether the value is masked in the form.", "type": "boolean" }, "properties": { "$ref": "#/$defs/propSchema" } } };
var schema74 = { "description": "Rendering hints and constraints of a prop (PropSchema).", "type": "object", "additionalProperties": false, "properties": { "inputType": { "description": "UI rendering hint: chainSelector, tokenSelector, multiTokenSelector, tokenAmount, coinSelector, multiCoinSelector, address, contractAddress, recipientAddress, email, telegram-chat, slack-channel, pushover-recipient, pushbullet-device, webpush-subscription, textarea, password, polymarketUser, twitterUsername, storkAsset, hyperliquidAsset, morphoVault, morphoMarket, csvTable, notification-channel, googleSheetUrl, rrule, walletConnector. Unknown values fall back to a plain input.", "type": "string" }, "accountType": { "description": "Filters the wallet picker by account type (walletConnector).", "type": "string" }, "allowWalletPicker": { "description": "Whether address fields offer the organization's wallets (default true).", "type": "boolean" }, "allowedChannels": { "description": 'Channels the notification-channel picker offers, e.g. ["slack"].', "type": "array", "items": { "type": "string" } }, "autoFillFromWallet": { "description": "Fills the prop with the selected workflow wallet's address and hides it.", "type": "boolean" }, "bindsConnectorNodes": { "description": "Node ids whose wallet connector is prefilled from this prop's wallet (walletConnector).", "type": "array", "items": { "type": "string" } }, "chainId": { "description": "Fixed chain id (tokenAmount).", "type": "integer" }, "chainPropKey": { "description": "Key of the prop that provides the chain id (tokenSelector, tokenAmount).", "type": "string" }, "columns": { "description": "Columns of a csvTable prop.", "type": "array", "items": { "$ref": "#/$defs/propColumn" } }, "dex": { "description": "Fixed DEX name (hyperliquidAsset).", "type": "string" }, "dexPropKey": { "description": "Key of the prop that provides the DEX name (hyperliquidAsset).", "type": "string" }, "enum": { "description": "Allowed values.", "type": "array" }, "enumLabels": { "description": "Labels of the allowed values, in the same order.", "type": "array", "items": { "type": "string" } }, "excludeNative": { "description": "Hides native tokens (tokenSelector, multiTokenSelector).", "type": "boolean" }, "groupKey": { "description": "Groups related props in the form.", "type": "string" }, "maxRows": { "description": "csvTable: maximum number of rows (0: no cap).", "type": "integer" }, "minRows": { "description": "csvTable: minimum number of rows (0: default 1).", "type": "integer" }, "maximum": { "description": "Largest allowed number.", "type": "number" }, "minimum": { "description": "Smallest allowed number.", "type": "number" }, "pattern": { "description": "Regular expression the value must match.", "type": "string" }, "placeholder": { "description": "Placeholder text of the field.", "type": "string" }, "showWalletBalances": { "description": "Shows wallet balances in the token picker (tokenSelector).", "type": "boolean" }, "sources": { "description": "The node fields this prop was created from.", "type": "array", "items": { "$ref": "#/$defs/propSource" } }, "summary": { "$ref": "#/$defs/propSchemaSummary" }, "tokenAddress": { "description": "Fixed token address (tokenAmount).", "type": "string" }, "tokenAddressPropKey": { "description": "Key of the prop that provides the token address (tokenAmount).", "type": "string" }, "visibleWhen": { "$ref": "#/$defs/propVisibleWhen" } } };
var schema75 = { "description": "One column of a csvTable prop (PropColumn).", "type": "object", "additionalProperties": false, "properties": { "key": { "description": "Column key, read as {{$props.<propKey>.<colKey>}}.", "type": "string" }, "name": { "description": "Column label.", "type": "string" }, "type": { "description": "Cell value type: string, number or integer.", "type": "string" }, "inputType": { "description": "Cell editor: address, recipientAddress, tokenAmount, text.", "type": "string" }, "required": { "description": "Whether every row must fill the cell.", "type": "boolean" }, "pattern": { "description": "Regular expression the cell must match.", "type": "string" }, "placeholder": { "description": "Placeholder text of the cell.", "type": "string" }, "chainId": { "description": "Fixed chain id (tokenAmount cells).", "type": "integer" }, "chainPropKey": { "description": "Key of the prop that provides the chain id (tokenAmount cells).", "type": "string" }, "tokenAddress": { "description": "Fixed token address (tokenAmount cells).", "type": "string" }, "tokenAddressPropKey": { "description": "Key of the prop that provides the token address (tokenAmount cells).", "type": "string" } } };
var schema76 = { "description": "A node field a prop was created from (PropSource).", "type": "object", "additionalProperties": false, "properties": { "nodeId": { "description": "Node id.", "type": "string" }, "fieldPath": { "description": "Path of the field in the node's payload.", "type": "string" }, "nodeLabel": { "description": "Node label shown in the editor.", "type": "string" } } };
var schema79 = { "description": "Shows the prop only when another prop has a given value (PropVisibleWhen).", "type": "object", "additionalProperties": false, "properties": { "propKey": { "description": "Key of the other prop.", "type": "string" }, "value": { "description": "Value of the other prop that shows this one." } } };
var schema77 = { "description": "Footer summary of a csvTable prop (PropSchemaSummary).", "type": "object", "additionalProperties": false, "properties": { "aggregates": { "description": "Aggregates in display order.", "type": "array", "items": { "$ref": "#/$defs/propSchemaSummaryAggregate" } }, "position": { "description": "footer (default) or none.", "type": "string" } } };
var schema78 = { "description": "One aggregate of a csvTable summary (PropSchemaSummaryAggregate).", "type": "object", "additionalProperties": false, "properties": { "column": { "description": "Column key.", "type": "string" }, "reduce": { "description": "Reducer: sum or count.", "type": "string" }, "label": { "description": "Displayed label; derived from the column and reducer when empty.", "type": "string" } } };
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate47.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "aggregates" || key0 === "position")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema77, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.aggregates !== void 0) {
      let data0 = data.aggregates;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            for (const key1 in data1) {
              if (!(key1 === "column" || key1 === "reduce" || key1 === "label")) {
                const err1 = { instancePath: instancePath + "/aggregates/" + i0, schemaPath: "#/$defs/propSchemaSummaryAggregate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema78, data: data1 };
                if (vErrors === null) {
                  vErrors = [err1];
                } else {
                  vErrors.push(err1);
                }
                errors++;
              }
            }
            if (data1.column !== void 0) {
              let data2 = data1.column;
              if (typeof data2 !== "string") {
                const err2 = { instancePath: instancePath + "/aggregates/" + i0 + "/column", schemaPath: "#/$defs/propSchemaSummaryAggregate/properties/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema78.properties.column.type, parentSchema: schema78.properties.column, data: data2 };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            if (data1.reduce !== void 0) {
              let data3 = data1.reduce;
              if (typeof data3 !== "string") {
                const err3 = { instancePath: instancePath + "/aggregates/" + i0 + "/reduce", schemaPath: "#/$defs/propSchemaSummaryAggregate/properties/reduce/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema78.properties.reduce.type, parentSchema: schema78.properties.reduce, data: data3 };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            if (data1.label !== void 0) {
              let data4 = data1.label;
              if (typeof data4 !== "string") {
                const err4 = { instancePath: instancePath + "/aggregates/" + i0 + "/label", schemaPath: "#/$defs/propSchemaSummaryAggregate/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema78.properties.label.type, parentSchema: schema78.properties.label, data: data4 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
          } else {
            const err5 = { instancePath: instancePath + "/aggregates/" + i0, schemaPath: "#/$defs/propSchemaSummaryAggregate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema78.type, parentSchema: schema78, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/aggregates", schemaPath: "#/properties/aggregates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema77.properties.aggregates.type, parentSchema: schema77.properties.aggregates, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.position !== void 0) {
      let data5 = data.position;
      if (typeof data5 !== "string") {
        const err7 = { instancePath: instancePath + "/position", schemaPath: "#/properties/position/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema77.properties.position.type, parentSchema: schema77.properties.position, data: data5 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema77.type, parentSchema: schema77, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate47.errors = vErrors;
  return errors === 0;
}
validate47.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate46.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func1.call(schema74.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema74, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.inputType !== void 0) {
      let data0 = data.inputType;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/inputType", schemaPath: "#/properties/inputType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.inputType.type, parentSchema: schema74.properties.inputType, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.accountType !== void 0) {
      let data1 = data.accountType;
      if (typeof data1 !== "string") {
        const err2 = { instancePath: instancePath + "/accountType", schemaPath: "#/properties/accountType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.accountType.type, parentSchema: schema74.properties.accountType, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.allowWalletPicker !== void 0) {
      let data2 = data.allowWalletPicker;
      if (typeof data2 !== "boolean") {
        const err3 = { instancePath: instancePath + "/allowWalletPicker", schemaPath: "#/properties/allowWalletPicker/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema74.properties.allowWalletPicker.type, parentSchema: schema74.properties.allowWalletPicker, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.allowedChannels !== void 0) {
      let data3 = data.allowedChannels;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 !== "string") {
            const err4 = { instancePath: instancePath + "/allowedChannels/" + i0, schemaPath: "#/properties/allowedChannels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.allowedChannels.items.type, parentSchema: schema74.properties.allowedChannels.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/allowedChannels", schemaPath: "#/properties/allowedChannels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema74.properties.allowedChannels.type, parentSchema: schema74.properties.allowedChannels, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.autoFillFromWallet !== void 0) {
      let data5 = data.autoFillFromWallet;
      if (typeof data5 !== "boolean") {
        const err6 = { instancePath: instancePath + "/autoFillFromWallet", schemaPath: "#/properties/autoFillFromWallet/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema74.properties.autoFillFromWallet.type, parentSchema: schema74.properties.autoFillFromWallet, data: data5 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.bindsConnectorNodes !== void 0) {
      let data6 = data.bindsConnectorNodes;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data7 = data6[i1];
          if (typeof data7 !== "string") {
            const err7 = { instancePath: instancePath + "/bindsConnectorNodes/" + i1, schemaPath: "#/properties/bindsConnectorNodes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.bindsConnectorNodes.items.type, parentSchema: schema74.properties.bindsConnectorNodes.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/bindsConnectorNodes", schemaPath: "#/properties/bindsConnectorNodes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema74.properties.bindsConnectorNodes.type, parentSchema: schema74.properties.bindsConnectorNodes, data: data6 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.chainId !== void 0) {
      let data8 = data.chainId;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
        const err9 = { instancePath: instancePath + "/chainId", schemaPath: "#/properties/chainId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema74.properties.chainId.type, parentSchema: schema74.properties.chainId, data: data8 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.chainPropKey !== void 0) {
      let data9 = data.chainPropKey;
      if (typeof data9 !== "string") {
        const err10 = { instancePath: instancePath + "/chainPropKey", schemaPath: "#/properties/chainPropKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.chainPropKey.type, parentSchema: schema74.properties.chainPropKey, data: data9 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.columns !== void 0) {
      let data10 = data.columns;
      if (Array.isArray(data10)) {
        const len2 = data10.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data11 = data10[i2];
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            for (const key1 in data11) {
              if (!func1.call(schema75.properties, key1)) {
                const err11 = { instancePath: instancePath + "/columns/" + i2, schemaPath: "#/$defs/propColumn/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema75, data: data11 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data11.key !== void 0) {
              let data12 = data11.key;
              if (typeof data12 !== "string") {
                const err12 = { instancePath: instancePath + "/columns/" + i2 + "/key", schemaPath: "#/$defs/propColumn/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema75.properties.key.type, parentSchema: schema75.properties.key, data: data12 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data11.name !== void 0) {
              let data13 = data11.name;
              if (typeof data13 !== "string") {
                const err13 = { instancePath: instancePath + "/columns/" + i2 + "/name", schemaPath: "#/$defs/propColumn/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema75.properties.name.type, parentSchema: schema75.properties.name, data: data13 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data11.type !== void 0) {
              let data14 = data11.type;
              if (typeof data14 !== "string") {
                const err14 = { instancePath: instancePath + "/columns/" + i2 + "/type", schemaPath: "#/$defs/propColumn/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema75.properties.type.type, parentSchema: schema75.properties.type, data: data14 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data11.inputType !== void 0) {
              let data15 = data11.inputType;
              if (typeof data15 !== "string") {
                const err15 = { instancePath: instancePath + "/columns/" + i2 + "/inputType", schemaPath: "#/$defs/propColumn/properties/inputType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema75.properties.inputType.type, parentSchema: schema75.properties.inputType, data: data15 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data11.required !== void 0) {
              let data16 = data11.required;
              if (typeof data16 !== "boolean") {
                const err16 = { instancePath: instancePath + "/columns/" + i2 + "/required", schemaPath: "#/$defs/propColumn/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema75.properties.required.type, parentSchema: schema75.properties.required, data: data16 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data11.pattern !== void 0) {
              let data17 = data11.pattern;
              if (typeof data17 !== "string") {
                const err17 = { instancePath: instancePath + "/columns/" + i2 + "/pattern", schemaPath: "#/$defs/propColumn/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema75.properties.pattern.type, parentSchema: schema75.properties.pattern, data: data17 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data11.placeholder !== void 0) {
              let data18 = data11.placeholder;
              if (typeof data18 !== "string") {
                const err18 = { instancePath: instancePath + "/columns/" + i2 + "/placeholder", schemaPath: "#/$defs/propColumn/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema75.properties.placeholder.type, parentSchema: schema75.properties.placeholder, data: data18 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data11.chainId !== void 0) {
              let data19 = data11.chainId;
              if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                const err19 = { instancePath: instancePath + "/columns/" + i2 + "/chainId", schemaPath: "#/$defs/propColumn/properties/chainId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema75.properties.chainId.type, parentSchema: schema75.properties.chainId, data: data19 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data11.chainPropKey !== void 0) {
              let data20 = data11.chainPropKey;
              if (typeof data20 !== "string") {
                const err20 = { instancePath: instancePath + "/columns/" + i2 + "/chainPropKey", schemaPath: "#/$defs/propColumn/properties/chainPropKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema75.properties.chainPropKey.type, parentSchema: schema75.properties.chainPropKey, data: data20 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data11.tokenAddress !== void 0) {
              let data21 = data11.tokenAddress;
              if (typeof data21 !== "string") {
                const err21 = { instancePath: instancePath + "/columns/" + i2 + "/tokenAddress", schemaPath: "#/$defs/propColumn/properties/tokenAddress/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema75.properties.tokenAddress.type, parentSchema: schema75.properties.tokenAddress, data: data21 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data11.tokenAddressPropKey !== void 0) {
              let data22 = data11.tokenAddressPropKey;
              if (typeof data22 !== "string") {
                const err22 = { instancePath: instancePath + "/columns/" + i2 + "/tokenAddressPropKey", schemaPath: "#/$defs/propColumn/properties/tokenAddressPropKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema75.properties.tokenAddressPropKey.type, parentSchema: schema75.properties.tokenAddressPropKey, data: data22 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/columns/" + i2, schemaPath: "#/$defs/propColumn/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema75.type, parentSchema: schema75, data: data11 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/columns", schemaPath: "#/properties/columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema74.properties.columns.type, parentSchema: schema74.properties.columns, data: data10 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.dex !== void 0) {
      let data23 = data.dex;
      if (typeof data23 !== "string") {
        const err25 = { instancePath: instancePath + "/dex", schemaPath: "#/properties/dex/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.dex.type, parentSchema: schema74.properties.dex, data: data23 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.dexPropKey !== void 0) {
      let data24 = data.dexPropKey;
      if (typeof data24 !== "string") {
        const err26 = { instancePath: instancePath + "/dexPropKey", schemaPath: "#/properties/dexPropKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.dexPropKey.type, parentSchema: schema74.properties.dexPropKey, data: data24 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.enum !== void 0) {
      let data25 = data.enum;
      if (!Array.isArray(data25)) {
        const err27 = { instancePath: instancePath + "/enum", schemaPath: "#/properties/enum/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema74.properties.enum.type, parentSchema: schema74.properties.enum, data: data25 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.enumLabels !== void 0) {
      let data26 = data.enumLabels;
      if (Array.isArray(data26)) {
        const len3 = data26.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data27 = data26[i3];
          if (typeof data27 !== "string") {
            const err28 = { instancePath: instancePath + "/enumLabels/" + i3, schemaPath: "#/properties/enumLabels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.enumLabels.items.type, parentSchema: schema74.properties.enumLabels.items, data: data27 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/enumLabels", schemaPath: "#/properties/enumLabels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema74.properties.enumLabels.type, parentSchema: schema74.properties.enumLabels, data: data26 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.excludeNative !== void 0) {
      let data28 = data.excludeNative;
      if (typeof data28 !== "boolean") {
        const err30 = { instancePath: instancePath + "/excludeNative", schemaPath: "#/properties/excludeNative/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema74.properties.excludeNative.type, parentSchema: schema74.properties.excludeNative, data: data28 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.groupKey !== void 0) {
      let data29 = data.groupKey;
      if (typeof data29 !== "string") {
        const err31 = { instancePath: instancePath + "/groupKey", schemaPath: "#/properties/groupKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.groupKey.type, parentSchema: schema74.properties.groupKey, data: data29 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.maxRows !== void 0) {
      let data30 = data.maxRows;
      if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30)) && isFinite(data30))) {
        const err32 = { instancePath: instancePath + "/maxRows", schemaPath: "#/properties/maxRows/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema74.properties.maxRows.type, parentSchema: schema74.properties.maxRows, data: data30 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.minRows !== void 0) {
      let data31 = data.minRows;
      if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)) && isFinite(data31))) {
        const err33 = { instancePath: instancePath + "/minRows", schemaPath: "#/properties/minRows/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema74.properties.minRows.type, parentSchema: schema74.properties.minRows, data: data31 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.maximum !== void 0) {
      let data32 = data.maximum;
      if (!(typeof data32 == "number" && isFinite(data32))) {
        const err34 = { instancePath: instancePath + "/maximum", schemaPath: "#/properties/maximum/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema74.properties.maximum.type, parentSchema: schema74.properties.maximum, data: data32 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.minimum !== void 0) {
      let data33 = data.minimum;
      if (!(typeof data33 == "number" && isFinite(data33))) {
        const err35 = { instancePath: instancePath + "/minimum", schemaPath: "#/properties/minimum/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema74.properties.minimum.type, parentSchema: schema74.properties.minimum, data: data33 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.pattern !== void 0) {
      let data34 = data.pattern;
      if (typeof data34 !== "string") {
        const err36 = { instancePath: instancePath + "/pattern", schemaPath: "#/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.pattern.type, parentSchema: schema74.properties.pattern, data: data34 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.placeholder !== void 0) {
      let data35 = data.placeholder;
      if (typeof data35 !== "string") {
        const err37 = { instancePath: instancePath + "/placeholder", schemaPath: "#/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.placeholder.type, parentSchema: schema74.properties.placeholder, data: data35 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.showWalletBalances !== void 0) {
      let data36 = data.showWalletBalances;
      if (typeof data36 !== "boolean") {
        const err38 = { instancePath: instancePath + "/showWalletBalances", schemaPath: "#/properties/showWalletBalances/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema74.properties.showWalletBalances.type, parentSchema: schema74.properties.showWalletBalances, data: data36 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.sources !== void 0) {
      let data37 = data.sources;
      if (Array.isArray(data37)) {
        const len4 = data37.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data38 = data37[i4];
          if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
            for (const key2 in data38) {
              if (!(key2 === "nodeId" || key2 === "fieldPath" || key2 === "nodeLabel")) {
                const err39 = { instancePath: instancePath + "/sources/" + i4, schemaPath: "#/$defs/propSource/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema76, data: data38 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data38.nodeId !== void 0) {
              let data39 = data38.nodeId;
              if (typeof data39 !== "string") {
                const err40 = { instancePath: instancePath + "/sources/" + i4 + "/nodeId", schemaPath: "#/$defs/propSource/properties/nodeId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.nodeId.type, parentSchema: schema76.properties.nodeId, data: data39 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data38.fieldPath !== void 0) {
              let data40 = data38.fieldPath;
              if (typeof data40 !== "string") {
                const err41 = { instancePath: instancePath + "/sources/" + i4 + "/fieldPath", schemaPath: "#/$defs/propSource/properties/fieldPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.fieldPath.type, parentSchema: schema76.properties.fieldPath, data: data40 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data38.nodeLabel !== void 0) {
              let data41 = data38.nodeLabel;
              if (typeof data41 !== "string") {
                const err42 = { instancePath: instancePath + "/sources/" + i4 + "/nodeLabel", schemaPath: "#/$defs/propSource/properties/nodeLabel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.nodeLabel.type, parentSchema: schema76.properties.nodeLabel, data: data41 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
          } else {
            const err43 = { instancePath: instancePath + "/sources/" + i4, schemaPath: "#/$defs/propSource/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema76.type, parentSchema: schema76, data: data38 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
      } else {
        const err44 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema74.properties.sources.type, parentSchema: schema74.properties.sources, data: data37 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      if (!validate47(data.summary, { instancePath: instancePath + "/summary", parentData: data, parentDataProperty: "summary", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
        errors = vErrors.length;
      }
    }
    if (data.tokenAddress !== void 0) {
      let data43 = data.tokenAddress;
      if (typeof data43 !== "string") {
        const err45 = { instancePath: instancePath + "/tokenAddress", schemaPath: "#/properties/tokenAddress/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.tokenAddress.type, parentSchema: schema74.properties.tokenAddress, data: data43 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.tokenAddressPropKey !== void 0) {
      let data44 = data.tokenAddressPropKey;
      if (typeof data44 !== "string") {
        const err46 = { instancePath: instancePath + "/tokenAddressPropKey", schemaPath: "#/properties/tokenAddressPropKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.tokenAddressPropKey.type, parentSchema: schema74.properties.tokenAddressPropKey, data: data44 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.visibleWhen !== void 0) {
      let data45 = data.visibleWhen;
      if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
        for (const key3 in data45) {
          if (!(key3 === "propKey" || key3 === "value")) {
            const err47 = { instancePath: instancePath + "/visibleWhen", schemaPath: "#/$defs/propVisibleWhen/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema79, data: data45 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data45.propKey !== void 0) {
          let data46 = data45.propKey;
          if (typeof data46 !== "string") {
            const err48 = { instancePath: instancePath + "/visibleWhen/propKey", schemaPath: "#/$defs/propVisibleWhen/properties/propKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema79.properties.propKey.type, parentSchema: schema79.properties.propKey, data: data46 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
      } else {
        const err49 = { instancePath: instancePath + "/visibleWhen", schemaPath: "#/$defs/propVisibleWhen/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema79.type, parentSchema: schema79, data: data45 };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
  } else {
    const err50 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema74.type, parentSchema: schema74, data };
    if (vErrors === null) {
      vErrors = [err50];
    } else {
      vErrors.push(err50);
    }
    errors++;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
validate46.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate45.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "key" || key0 === "name" || key0 === "description" || key0 === "type" || key0 === "required" || key0 === "default" || key0 === "sensitive" || key0 === "properties")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema73, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.key !== void 0) {
      let data0 = data.key;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema73.properties.key.type, parentSchema: schema73.properties.key, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 !== "string") {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema73.properties.name.type, parentSchema: schema73.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string") {
        const err3 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema73.properties.description.type, parentSchema: schema73.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data3 = data.type;
      if (!(data3 === "string" || data3 === "number" || data3 === "integer" || data3 === "boolean" || data3 === "object")) {
        const err4 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema73.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema73.properties.type.enum, parentSchema: schema73.properties.type, data: data3 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.required !== void 0) {
      let data4 = data.required;
      if (typeof data4 !== "boolean") {
        const err5 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema73.properties.required.type, parentSchema: schema73.properties.required, data: data4 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.sensitive !== void 0) {
      let data5 = data.sensitive;
      if (typeof data5 !== "boolean") {
        const err6 = { instancePath: instancePath + "/sensitive", schemaPath: "#/properties/sensitive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema73.properties.sensitive.type, parentSchema: schema73.properties.sensitive, data: data5 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.properties !== void 0) {
      if (!validate46(data.properties, { instancePath: instancePath + "/properties", parentData: data, parentDataProperty: "properties", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema73.type, parentSchema: schema73, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
validate45.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema80 = { "description": "An organization database table (TableSchema).", "type": "object", "additionalProperties": false, "properties": { "columns": { "description": "The table's columns.", "type": "array", "items": { "$ref": "#/$defs/columnSchema" } } } };
var schema81 = { "description": "One column of an organization database table (ColumnSchema).", "type": "object", "additionalProperties": false, "properties": { "name": { "description": "Column name.", "type": "string" }, "type": { "description": "Column type.", "type": "string" }, "default": { "description": "Default value, as SQL text.", "type": "string" }, "notNull": { "description": "Whether the column rejects null.", "type": "boolean" }, "primaryKey": { "description": "Whether the column is the primary key.", "type": "boolean" }, "unique": { "description": "Whether values must be unique.", "type": "boolean" } } };
function validate51(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate51.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "columns")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema80, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.columns !== void 0) {
      let data0 = data.columns;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            for (const key1 in data1) {
              if (!(key1 === "name" || key1 === "type" || key1 === "default" || key1 === "notNull" || key1 === "primaryKey" || key1 === "unique")) {
                const err1 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/$defs/columnSchema/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema81, data: data1 };
                if (vErrors === null) {
                  vErrors = [err1];
                } else {
                  vErrors.push(err1);
                }
                errors++;
              }
            }
            if (data1.name !== void 0) {
              let data2 = data1.name;
              if (typeof data2 !== "string") {
                const err2 = { instancePath: instancePath + "/columns/" + i0 + "/name", schemaPath: "#/$defs/columnSchema/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema81.properties.name.type, parentSchema: schema81.properties.name, data: data2 };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            if (data1.type !== void 0) {
              let data3 = data1.type;
              if (typeof data3 !== "string") {
                const err3 = { instancePath: instancePath + "/columns/" + i0 + "/type", schemaPath: "#/$defs/columnSchema/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema81.properties.type.type, parentSchema: schema81.properties.type, data: data3 };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            if (data1.default !== void 0) {
              let data4 = data1.default;
              if (typeof data4 !== "string") {
                const err4 = { instancePath: instancePath + "/columns/" + i0 + "/default", schemaPath: "#/$defs/columnSchema/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema81.properties.default.type, parentSchema: schema81.properties.default, data: data4 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data1.notNull !== void 0) {
              let data5 = data1.notNull;
              if (typeof data5 !== "boolean") {
                const err5 = { instancePath: instancePath + "/columns/" + i0 + "/notNull", schemaPath: "#/$defs/columnSchema/properties/notNull/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema81.properties.notNull.type, parentSchema: schema81.properties.notNull, data: data5 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data1.primaryKey !== void 0) {
              let data6 = data1.primaryKey;
              if (typeof data6 !== "boolean") {
                const err6 = { instancePath: instancePath + "/columns/" + i0 + "/primaryKey", schemaPath: "#/$defs/columnSchema/properties/primaryKey/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema81.properties.primaryKey.type, parentSchema: schema81.properties.primaryKey, data: data6 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data1.unique !== void 0) {
              let data7 = data1.unique;
              if (typeof data7 !== "boolean") {
                const err7 = { instancePath: instancePath + "/columns/" + i0 + "/unique", schemaPath: "#/$defs/columnSchema/properties/unique/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema81.properties.unique.type, parentSchema: schema81.properties.unique, data: data7 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
          } else {
            const err8 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/$defs/columnSchema/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema81.type, parentSchema: schema81, data: data1 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/columns", schemaPath: "#/properties/columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema80.properties.columns.type, parentSchema: schema80.properties.columns, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema80.type, parentSchema: schema80, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate51.errors = vErrors;
  return errors === 0;
}
validate51.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema67.required, parentSchema: schema67, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.description === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema67.required, parentSchema: schema67, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.definition === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "definition" }, message: "must have required property 'definition'", schema: schema67.required, parentSchema: schema67, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.tags === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tags" }, message: "must have required property 'tags'", schema: schema67.required, parentSchema: schema67, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.visibility === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "visibility" }, message: "must have required property 'visibility'", schema: schema67.required, parentSchema: schema67, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema67.properties, key0)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema67, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err6 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema67.properties.$schema.type, parentSchema: schema67.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func3(data1) > 255) {
          const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: schema67.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema67.properties.name.type, parentSchema: schema67.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 === "string") {
        if (func3(data2) > 2e3) {
          const err9 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema67.properties.description, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema67.properties.description.type, parentSchema: schema67.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.definition !== void 0) {
      if (!validate42(data.definition, { instancePath: instancePath + "/definition", parentData: data, parentDataProperty: "definition", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
        errors = vErrors.length;
      }
    }
    if (data.tags !== void 0) {
      let data4 = data.tags;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 !== "string") {
            const err11 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema67.properties.tags.items.type, parentSchema: schema67.properties.tags.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties.tags.type, parentSchema: schema67.properties.tags, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.visibility !== void 0) {
      let data6 = data.visibility;
      if (!(data6 === "org" || data6 === "public")) {
        const err13 = { instancePath: instancePath + "/visibility", schemaPath: "#/properties/visibility/enum", keyword: "enum", params: { allowedValues: schema67.properties.visibility.enum }, message: "must be equal to one of the allowed values", schema: schema67.properties.visibility.enum, parentSchema: schema67.properties.visibility, data: data6 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.templateProps !== void 0) {
      let data7 = data.templateProps;
      if (Array.isArray(data7)) {
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate45(data7[i1], { instancePath: instancePath + "/templateProps/" + i1, parentData: data7, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/templateProps", schemaPath: "#/properties/templateProps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties.templateProps.type, parentSchema: schema67.properties.templateProps, data: data7 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.category !== void 0) {
      let data9 = data.category;
      if (typeof data9 !== "string") {
        const err15 = { instancePath: instancePath + "/category", schemaPath: "#/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema67.properties.category.type, parentSchema: schema67.properties.category, data: data9 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.cooldownMs !== void 0) {
      let data10 = data.cooldownMs;
      if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
        const err16 = { instancePath: instancePath + "/cooldownMs", schemaPath: "#/properties/cooldownMs/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema67.properties.cooldownMs.type, parentSchema: schema67.properties.cooldownMs, data: data10 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.maxRuns !== void 0) {
      let data11 = data.maxRuns;
      if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
        const err17 = { instancePath: instancePath + "/maxRuns", schemaPath: "#/properties/maxRuns/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema67.properties.maxRuns.type, parentSchema: schema67.properties.maxRuns, data: data11 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.sourceWorkflowId !== void 0) {
      let data12 = data.sourceWorkflowId;
      if (typeof data12 !== "string") {
        const err18 = { instancePath: instancePath + "/sourceWorkflowId", schemaPath: "#/properties/sourceWorkflowId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema67.properties.sourceWorkflowId.type, parentSchema: schema67.properties.sourceWorkflowId, data: data12 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.tableSchemas !== void 0) {
      let data13 = data.tableSchemas;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key1 in data13) {
          if (!validate51(data13[key1], { instancePath: instancePath + "/tableSchemas/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data13, parentDataProperty: key1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/tableSchemas", schemaPath: "#/properties/tableSchemas/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.properties.tableSchemas.type, parentSchema: schema67.properties.tableSchemas, data: data13 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.uiMetadata !== void 0) {
      let data15 = data.uiMetadata;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key2 in data15) {
          if (!(key2 === "nodePositions" || key2 === "stickyNotes" || key2 === "comments")) {
            const err20 = { instancePath: instancePath + "/uiMetadata", schemaPath: "workflow.schema.json#/$defs/uiMetadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43, data: data15 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data15.nodePositions !== void 0) {
          let data16 = data15.nodePositions;
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            for (const key3 in data16) {
              let data17 = data16[key3];
              if (!(data17 && typeof data17 == "object" && !Array.isArray(data17))) {
                const err21 = { instancePath: instancePath + "/uiMetadata/nodePositions/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "workflow.schema.json#/$defs/uiMetadata/properties/nodePositions/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.properties.nodePositions.additionalProperties.type, parentSchema: schema43.properties.nodePositions.additionalProperties, data: data17 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/uiMetadata/nodePositions", schemaPath: "workflow.schema.json#/$defs/uiMetadata/properties/nodePositions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.properties.nodePositions.type, parentSchema: schema43.properties.nodePositions, data: data16 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data15.stickyNotes !== void 0) {
          let data18 = data15.stickyNotes;
          if (Array.isArray(data18)) {
            const len2 = data18.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data19 = data18[i2];
              if (!(data19 && typeof data19 == "object" && !Array.isArray(data19))) {
                const err23 = { instancePath: instancePath + "/uiMetadata/stickyNotes/" + i2, schemaPath: "workflow.schema.json#/$defs/uiMetadata/properties/stickyNotes/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.properties.stickyNotes.items.type, parentSchema: schema43.properties.stickyNotes.items, data: data19 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/uiMetadata/stickyNotes", schemaPath: "workflow.schema.json#/$defs/uiMetadata/properties/stickyNotes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema43.properties.stickyNotes.type, parentSchema: schema43.properties.stickyNotes, data: data18 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data15.comments !== void 0) {
          let data20 = data15.comments;
          if (Array.isArray(data20)) {
            const len3 = data20.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data21 = data20[i3];
              if (!(data21 && typeof data21 == "object" && !Array.isArray(data21))) {
                const err25 = { instancePath: instancePath + "/uiMetadata/comments/" + i3, schemaPath: "workflow.schema.json#/$defs/uiMetadata/properties/comments/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.properties.comments.items.type, parentSchema: schema43.properties.comments.items, data: data21 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/uiMetadata/comments", schemaPath: "workflow.schema.json#/$defs/uiMetadata/properties/comments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema43.properties.comments.type, parentSchema: schema43.properties.comments, data: data20 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/uiMetadata", schemaPath: "workflow.schema.json#/$defs/uiMetadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data: data15 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
  } else {
    const err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.type, parentSchema: schema67, data };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var pinnedFile = validate53;
var schema83 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://b3os-readiness.dev/schemas/pinned-catalog.schema.json", "title": ".b3os/catalog.json (pinned B3OS platform catalog)", "description": "Written by `b3os-readiness catalog pull`. Each entry is the platform's ActionDefinition or TriggerDefinition as the API returns it; unknown keys are allowed because the platform adds fields.", "type": "object", "required": ["source", "fetchedAt", "actions", "triggers"], "properties": { "source": { "type": "string", "minLength": 1 }, "fetchedAt": { "type": "string", "format": "date-time" }, "actions": { "type": "array", "items": { "$ref": "#/$defs/actionDefinition" } }, "logicActions": { "type": "array", "items": { "$ref": "#/$defs/actionDefinition" } }, "triggers": { "type": "array", "items": { "$ref": "#/$defs/triggerDefinition" } } }, "$defs": { "nodeType": { "description": "The platform's type rule (MCP ACTION_TYPE_RE): lowercase letters, digits and hyphens.", "type": "string", "minLength": 1, "maxLength": 100, "pattern": "^[a-z0-9][a-z0-9-]*$" }, "schemaObject": { "type": ["object", "null"] }, "optionalText": { "type": ["string", "null"] }, "connectorRequirement": { "type": ["object", "null"], "properties": { "type": { "type": "string" }, "accountType": { "type": "string" }, "walletSupport": { "type": ["array", "null"], "items": { "type": "string" } } } }, "commonFields": { "description": "Fields shared by action and trigger definitions, without the type rule (repository files apply the stricter SDK id rule in code).", "type": "object", "properties": { "name": { "$ref": "#/$defs/optionalText" }, "description": { "$ref": "#/$defs/optionalText" }, "tags": { "type": ["array", "null"], "items": { "type": "string" } }, "payloadSchema": { "$ref": "#/$defs/schemaObject" }, "resultSchema": { "$ref": "#/$defs/schemaObject" }, "connector": { "$ref": "#/$defs/connectorRequirement" }, "documentationUrl": { "$ref": "#/$defs/optionalText" }, "logoUrl": { "$ref": "#/$defs/optionalText" }, "platform": { "$ref": "#/$defs/optionalText" }, "createdBy": { "$ref": "#/$defs/optionalText" } } }, "actionFields": { "type": "object", "allOf": [{ "$ref": "#/$defs/commonFields" }, { "type": "object", "properties": { "category": { "$ref": "#/$defs/optionalText" }, "requiresGas": { "type": ["boolean", "null"] }, "gasChainId": { "type": ["integer", "null"] }, "gasChainField": { "$ref": "#/$defs/optionalText" } } }] }, "triggerFields": { "type": "object", "allOf": [{ "$ref": "#/$defs/commonFields" }, { "type": "object", "properties": { "waitPayloadSchema": { "$ref": "#/$defs/schemaObject" } } }] }, "actionDefinition": { "type": "object", "allOf": [{ "$ref": "#/$defs/actionFields" }, { "type": "object", "required": ["type"], "properties": { "type": { "$ref": "#/$defs/nodeType" } } }] }, "triggerDefinition": { "type": "object", "allOf": [{ "$ref": "#/$defs/triggerFields" }, { "type": "object", "required": ["type"], "properties": { "type": { "$ref": "#/$defs/nodeType" } } }] } } };
var formats2 = runtime2.fullFormats["date-time"];
var schema84 = { "type": "object", "allOf": [{ "$ref": "#/$defs/actionFields" }, { "type": "object", "required": ["type"], "properties": { "type": { "$ref": "#/$defs/nodeType" } } }] };
var schema98 = { "description": "The platform's type rule (MCP ACTION_TYPE_RE): lowercase letters, digits and hyphens.", "type": "string", "minLength": 1, "maxLength": 100, "pattern": "^[a-z0-9][a-z0-9-]*$" };
var schema85 = { "type": "object", "allOf": [{ "$ref": "#/$defs/commonFields" }, { "type": "object", "properties": { "category": { "$ref": "#/$defs/optionalText" }, "requiresGas": { "type": ["boolean", "null"] }, "gasChainId": { "type": ["integer", "null"] }, "gasChainField": { "$ref": "#/$defs/optionalText" } } }] };
var schema87 = { "type": ["string", "null"] };
var schema86 = { "description": "Fields shared by action and trigger definitions, without the type rule (repository files apply the stricter SDK id rule in code).", "type": "object", "properties": { "name": { "$ref": "#/$defs/optionalText" }, "description": { "$ref": "#/$defs/optionalText" }, "tags": { "type": ["array", "null"], "items": { "type": "string" } }, "payloadSchema": { "$ref": "#/$defs/schemaObject" }, "resultSchema": { "$ref": "#/$defs/schemaObject" }, "connector": { "$ref": "#/$defs/connectorRequirement" }, "documentationUrl": { "$ref": "#/$defs/optionalText" }, "logoUrl": { "$ref": "#/$defs/optionalText" }, "platform": { "$ref": "#/$defs/optionalText" }, "createdBy": { "$ref": "#/$defs/optionalText" } } };
var schema89 = { "type": ["object", "null"] };
var schema91 = { "type": ["object", "null"], "properties": { "type": { "type": "string" }, "accountType": { "type": "string" }, "walletSupport": { "type": ["array", "null"], "items": { "type": "string" } } } };
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate56.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string" && data0 !== null) {
        const err0 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/optionalText/type", keyword: "type", params: { type: schema87.type }, message: "must be string,null", schema: schema87.type, parentSchema: schema87, data: data0 };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 !== "string" && data1 !== null) {
        const err1 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/optionalText/type", keyword: "type", params: { type: schema87.type }, message: "must be string,null", schema: schema87.type, parentSchema: schema87, data: data1 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data2 = data.tags;
      if (!Array.isArray(data2) && data2 !== null) {
        const err2 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: schema86.properties.tags.type }, message: "must be array,null", schema: schema86.properties.tags.type, parentSchema: schema86.properties.tags, data: data2 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 !== "string") {
            const err3 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema86.properties.tags.items.type, parentSchema: schema86.properties.tags.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      }
    }
    if (data.payloadSchema !== void 0) {
      let data4 = data.payloadSchema;
      if (!(data4 && typeof data4 == "object" && !Array.isArray(data4)) && data4 !== null) {
        const err4 = { instancePath: instancePath + "/payloadSchema", schemaPath: "#/$defs/schemaObject/type", keyword: "type", params: { type: schema89.type }, message: "must be object,null", schema: schema89.type, parentSchema: schema89, data: data4 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.resultSchema !== void 0) {
      let data5 = data.resultSchema;
      if (!(data5 && typeof data5 == "object" && !Array.isArray(data5)) && data5 !== null) {
        const err5 = { instancePath: instancePath + "/resultSchema", schemaPath: "#/$defs/schemaObject/type", keyword: "type", params: { type: schema89.type }, message: "must be object,null", schema: schema89.type, parentSchema: schema89, data: data5 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.connector !== void 0) {
      let data6 = data.connector;
      if (!(data6 && typeof data6 == "object" && !Array.isArray(data6)) && data6 !== null) {
        const err6 = { instancePath: instancePath + "/connector", schemaPath: "#/$defs/connectorRequirement/type", keyword: "type", params: { type: schema91.type }, message: "must be object,null", schema: schema91.type, parentSchema: schema91, data: data6 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.type !== void 0) {
          let data7 = data6.type;
          if (typeof data7 !== "string") {
            const err7 = { instancePath: instancePath + "/connector/type", schemaPath: "#/$defs/connectorRequirement/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema91.properties.type.type, parentSchema: schema91.properties.type, data: data7 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data6.accountType !== void 0) {
          let data8 = data6.accountType;
          if (typeof data8 !== "string") {
            const err8 = { instancePath: instancePath + "/connector/accountType", schemaPath: "#/$defs/connectorRequirement/properties/accountType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema91.properties.accountType.type, parentSchema: schema91.properties.accountType, data: data8 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data6.walletSupport !== void 0) {
          let data9 = data6.walletSupport;
          if (!Array.isArray(data9) && data9 !== null) {
            const err9 = { instancePath: instancePath + "/connector/walletSupport", schemaPath: "#/$defs/connectorRequirement/properties/walletSupport/type", keyword: "type", params: { type: schema91.properties.walletSupport.type }, message: "must be array,null", schema: schema91.properties.walletSupport.type, parentSchema: schema91.properties.walletSupport, data: data9 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (Array.isArray(data9)) {
            const len1 = data9.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data10 = data9[i1];
              if (typeof data10 !== "string") {
                const err10 = { instancePath: instancePath + "/connector/walletSupport/" + i1, schemaPath: "#/$defs/connectorRequirement/properties/walletSupport/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema91.properties.walletSupport.items.type, parentSchema: schema91.properties.walletSupport.items, data: data10 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          }
        }
      }
    }
    if (data.documentationUrl !== void 0) {
      let data11 = data.documentationUrl;
      if (typeof data11 !== "string" && data11 !== null) {
        const err11 = { instancePath: instancePath + "/documentationUrl", schemaPath: "#/$defs/optionalText/type", keyword: "type", params: { type: schema87.type }, message: "must be string,null", schema: schema87.type, parentSchema: schema87, data: data11 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.logoUrl !== void 0) {
      let data12 = data.logoUrl;
      if (typeof data12 !== "string" && data12 !== null) {
        const err12 = { instancePath: instancePath + "/logoUrl", schemaPath: "#/$defs/optionalText/type", keyword: "type", params: { type: schema87.type }, message: "must be string,null", schema: schema87.type, parentSchema: schema87, data: data12 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.platform !== void 0) {
      let data13 = data.platform;
      if (typeof data13 !== "string" && data13 !== null) {
        const err13 = { instancePath: instancePath + "/platform", schemaPath: "#/$defs/optionalText/type", keyword: "type", params: { type: schema87.type }, message: "must be string,null", schema: schema87.type, parentSchema: schema87, data: data13 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.createdBy !== void 0) {
      let data14 = data.createdBy;
      if (typeof data14 !== "string" && data14 !== null) {
        const err14 = { instancePath: instancePath + "/createdBy", schemaPath: "#/$defs/optionalText/type", keyword: "type", params: { type: schema87.type }, message: "must be string,null", schema: schema87.type, parentSchema: schema87, data: data14 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema86.type, parentSchema: schema86, data };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
validate56.evaluated = { "props": { "name": true, "description": true, "tags": true, "payloadSchema": true, "resultSchema": true, "connector": true, "documentationUrl": true, "logoUrl": true, "platform": true, "createdBy": true }, "dynamicProps": false, "dynamicItems": false };
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate55.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema85.type, parentSchema: schema85, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!validate56(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.category !== void 0) {
      let data0 = data.category;
      if (typeof data0 !== "string" && data0 !== null) {
        const err1 = { instancePath: instancePath + "/category", schemaPath: "#/$defs/optionalText/type", keyword: "type", params: { type: schema87.type }, message: "must be string,null", schema: schema87.type, parentSchema: schema87, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.requiresGas !== void 0) {
      let data1 = data.requiresGas;
      if (typeof data1 !== "boolean" && data1 !== null) {
        const err2 = { instancePath: instancePath + "/requiresGas", schemaPath: "#/allOf/1/properties/requiresGas/type", keyword: "type", params: { type: schema85.allOf[1].properties.requiresGas.type }, message: "must be boolean,null", schema: schema85.allOf[1].properties.requiresGas.type, parentSchema: schema85.allOf[1].properties.requiresGas, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.gasChainId !== void 0) {
      let data2 = data.gasChainId;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2)) && data2 !== null) {
        const err3 = { instancePath: instancePath + "/gasChainId", schemaPath: "#/allOf/1/properties/gasChainId/type", keyword: "type", params: { type: schema85.allOf[1].properties.gasChainId.type }, message: "must be integer,null", schema: schema85.allOf[1].properties.gasChainId.type, parentSchema: schema85.allOf[1].properties.gasChainId, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.gasChainField !== void 0) {
      let data3 = data.gasChainField;
      if (typeof data3 !== "string" && data3 !== null) {
        const err4 = { instancePath: instancePath + "/gasChainField", schemaPath: "#/$defs/optionalText/type", keyword: "type", params: { type: schema87.type }, message: "must be string,null", schema: schema87.type, parentSchema: schema87, data: data3 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema85.allOf[1].type, parentSchema: schema85.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate55.errors = vErrors;
  return errors === 0;
}
validate55.evaluated = { "props": { "category": true, "requiresGas": true, "gasChainId": true, "gasChainField": true, "name": true, "description": true, "tags": true, "payloadSchema": true, "resultSchema": true, "connector": true, "documentationUrl": true, "logoUrl": true, "platform": true, "createdBy": true }, "dynamicProps": false, "dynamicItems": false };
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate54.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema84.type, parentSchema: schema84, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!validate55(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema84.allOf[1].required, parentSchema: schema84.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if (typeof data0 === "string") {
        if (func3(data0) > 100) {
          const err2 = { instancePath: instancePath + "/type", schemaPath: "#/$defs/nodeType/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema98, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func3(data0) < 1) {
          const err3 = { instancePath: instancePath + "/type", schemaPath: "#/$defs/nodeType/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema98, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern27.test(data0)) {
          const err4 = { instancePath: instancePath + "/type", schemaPath: "#/$defs/nodeType/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema98, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/type", schemaPath: "#/$defs/nodeType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema98.type, parentSchema: schema98, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema84.allOf[1].type, parentSchema: schema84.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
validate54.evaluated = { "props": { "type": true, "category": true, "requiresGas": true, "gasChainId": true, "gasChainField": true, "name": true, "description": true, "tags": true, "payloadSchema": true, "resultSchema": true, "connector": true, "documentationUrl": true, "logoUrl": true, "platform": true, "createdBy": true }, "dynamicProps": false, "dynamicItems": false };
var schema99 = { "type": "object", "allOf": [{ "$ref": "#/$defs/triggerFields" }, { "type": "object", "required": ["type"], "properties": { "type": { "$ref": "#/$defs/nodeType" } } }] };
var schema100 = { "type": "object", "allOf": [{ "$ref": "#/$defs/commonFields" }, { "type": "object", "properties": { "waitPayloadSchema": { "$ref": "#/$defs/schemaObject" } } }] };
function validate62(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate62.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema100.type, parentSchema: schema100, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!validate56(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.waitPayloadSchema !== void 0) {
      let data0 = data.waitPayloadSchema;
      if (!(data0 && typeof data0 == "object" && !Array.isArray(data0)) && data0 !== null) {
        const err1 = { instancePath: instancePath + "/waitPayloadSchema", schemaPath: "#/$defs/schemaObject/type", keyword: "type", params: { type: schema89.type }, message: "must be object,null", schema: schema89.type, parentSchema: schema89, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema100.allOf[1].type, parentSchema: schema100.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate62.errors = vErrors;
  return errors === 0;
}
validate62.evaluated = { "props": { "waitPayloadSchema": true, "name": true, "description": true, "tags": true, "payloadSchema": true, "resultSchema": true, "connector": true, "documentationUrl": true, "logoUrl": true, "platform": true, "createdBy": true }, "dynamicProps": false, "dynamicItems": false };
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate61.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema99.type, parentSchema: schema99, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!validate62(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema99.allOf[1].required, parentSchema: schema99.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if (typeof data0 === "string") {
        if (func3(data0) > 100) {
          const err2 = { instancePath: instancePath + "/type", schemaPath: "#/$defs/nodeType/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema98, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func3(data0) < 1) {
          const err3 = { instancePath: instancePath + "/type", schemaPath: "#/$defs/nodeType/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema98, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern27.test(data0)) {
          const err4 = { instancePath: instancePath + "/type", schemaPath: "#/$defs/nodeType/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema98, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/type", schemaPath: "#/$defs/nodeType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema98.type, parentSchema: schema98, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema99.allOf[1].type, parentSchema: schema99.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate61.errors = vErrors;
  return errors === 0;
}
validate61.evaluated = { "props": { "type": true, "waitPayloadSchema": true, "name": true, "description": true, "tags": true, "payloadSchema": true, "resultSchema": true, "connector": true, "documentationUrl": true, "logoUrl": true, "platform": true, "createdBy": true }, "dynamicProps": false, "dynamicItems": false };
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate53.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.source === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema83.required, parentSchema: schema83, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.fetchedAt === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "fetchedAt" }, message: "must have required property 'fetchedAt'", schema: schema83.required, parentSchema: schema83, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.actions === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "actions" }, message: "must have required property 'actions'", schema: schema83.required, parentSchema: schema83, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.triggers === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "triggers" }, message: "must have required property 'triggers'", schema: schema83.required, parentSchema: schema83, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.source !== void 0) {
      let data0 = data.source;
      if (typeof data0 === "string") {
        if (func3(data0) < 1) {
          const err4 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema83.properties.source, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema83.properties.source.type, parentSchema: schema83.properties.source, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.fetchedAt !== void 0) {
      let data1 = data.fetchedAt;
      if (typeof data1 === "string") {
        if (!formats2.validate(data1)) {
          const err6 = { instancePath: instancePath + "/fetchedAt", schemaPath: "#/properties/fetchedAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema83.properties.fetchedAt, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/fetchedAt", schemaPath: "#/properties/fetchedAt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema83.properties.fetchedAt.type, parentSchema: schema83.properties.fetchedAt, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.actions !== void 0) {
      let data2 = data.actions;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate54(data2[i0], { instancePath: instancePath + "/actions/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/actions", schemaPath: "#/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema83.properties.actions.type, parentSchema: schema83.properties.actions, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.logicActions !== void 0) {
      let data4 = data.logicActions;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate54(data4[i1], { instancePath: instancePath + "/logicActions/" + i1, parentData: data4, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/logicActions", schemaPath: "#/properties/logicActions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema83.properties.logicActions.type, parentSchema: schema83.properties.logicActions, data: data4 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.triggers !== void 0) {
      let data6 = data.triggers;
      if (Array.isArray(data6)) {
        const len2 = data6.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate61(data6[i2], { instancePath: instancePath + "/triggers/" + i2, parentData: data6, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/triggers", schemaPath: "#/properties/triggers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema83.properties.triggers.type, parentSchema: schema83.properties.triggers, data: data6 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema83.type, parentSchema: schema83, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate53.errors = vErrors;
  return errors === 0;
}
validate53.evaluated = { "props": { "source": true, "fetchedAt": true, "actions": true, "logicActions": true, "triggers": true }, "dynamicProps": false, "dynamicItems": false };
var actionFields = validate66;
function validate66(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate66.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema85.type, parentSchema: schema85, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!validate56(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.category !== void 0) {
      let data0 = data.category;
      if (typeof data0 !== "string" && data0 !== null) {
        const err1 = { instancePath: instancePath + "/category", schemaPath: "#/$defs/optionalText/type", keyword: "type", params: { type: schema87.type }, message: "must be string,null", schema: schema87.type, parentSchema: schema87, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.requiresGas !== void 0) {
      let data1 = data.requiresGas;
      if (typeof data1 !== "boolean" && data1 !== null) {
        const err2 = { instancePath: instancePath + "/requiresGas", schemaPath: "#/allOf/1/properties/requiresGas/type", keyword: "type", params: { type: schema85.allOf[1].properties.requiresGas.type }, message: "must be boolean,null", schema: schema85.allOf[1].properties.requiresGas.type, parentSchema: schema85.allOf[1].properties.requiresGas, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.gasChainId !== void 0) {
      let data2 = data.gasChainId;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2)) && data2 !== null) {
        const err3 = { instancePath: instancePath + "/gasChainId", schemaPath: "#/allOf/1/properties/gasChainId/type", keyword: "type", params: { type: schema85.allOf[1].properties.gasChainId.type }, message: "must be integer,null", schema: schema85.allOf[1].properties.gasChainId.type, parentSchema: schema85.allOf[1].properties.gasChainId, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.gasChainField !== void 0) {
      let data3 = data.gasChainField;
      if (typeof data3 !== "string" && data3 !== null) {
        const err4 = { instancePath: instancePath + "/gasChainField", schemaPath: "#/$defs/optionalText/type", keyword: "type", params: { type: schema87.type }, message: "must be string,null", schema: schema87.type, parentSchema: schema87, data: data3 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema85.allOf[1].type, parentSchema: schema85.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate66.errors = vErrors;
  return errors === 0;
}
validate66.evaluated = { "props": { "category": true, "requiresGas": true, "gasChainId": true, "gasChainField": true, "name": true, "description": true, "tags": true, "payloadSchema": true, "resultSchema": true, "connector": true, "documentationUrl": true, "logoUrl": true, "platform": true, "createdBy": true }, "dynamicProps": false, "dynamicItems": false };
var triggerFields = validate68;
function validate68(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate68.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema100.type, parentSchema: schema100, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!validate56(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.waitPayloadSchema !== void 0) {
      let data0 = data.waitPayloadSchema;
      if (!(data0 && typeof data0 == "object" && !Array.isArray(data0)) && data0 !== null) {
        const err1 = { instancePath: instancePath + "/waitPayloadSchema", schemaPath: "#/$defs/schemaObject/type", keyword: "type", params: { type: schema89.type }, message: "must be object,null", schema: schema89.type, parentSchema: schema89, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema100.allOf[1].type, parentSchema: schema100.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate68.errors = vErrors;
  return errors === 0;
}
validate68.evaluated = { "props": { "waitPayloadSchema": true, "name": true, "description": true, "tags": true, "payloadSchema": true, "resultSchema": true, "connector": true, "documentationUrl": true, "logoUrl": true, "platform": true, "createdBy": true }, "dynamicProps": false, "dynamicItems": false };

// src/catalog/definition.ts
var VALIDATORS = {
  "pinned-file": pinnedFile,
  "action-fields": actionFields,
  "trigger-fields": triggerFields
};
function shapeProblems(shape, value) {
  const validate = VALIDATORS[shape];
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => ({ pointer: error.instancePath, message: describe(error) }));
}
function describe(error) {
  const subject = label(error.instancePath);
  const params = error.params;
  switch (error.keyword) {
    case "required":
      return `${subject} is missing the required property \`${String(params.missingProperty)}\``;
    case "type":
      return `${subject} must be ${String(params.type).split(",").join(" or ")}`;
    case "pattern":
      return `${subject} must match ${String(params.pattern)}`;
    case "format":
      return `${subject} must be a ${String(params.format)} string`;
    default:
      return `${subject} ${error.message ?? `fails ${error.keyword}`}`;
  }
}
function label(pointer) {
  const last = pointer.split("/").pop() ?? "";
  if (pointer === "") return "the catalog file";
  if (/^\d+$/.test(last)) return "the entry";
  return `\`${last.replace(/~1/g, "/").replace(/~0/g, "~")}\``;
}
function definitionToEntry(record, base) {
  const payloadSchema = objectOrUndefined(record.payloadSchema);
  const resultSchema = objectOrUndefined(record.resultSchema);
  const waitPayloadSchema = objectOrUndefined(record.waitPayloadSchema);
  const connectorType = objectOrUndefined(record.connector)?.type;
  return {
    type: base.type,
    kind: base.kind,
    ...textField("name", record.name),
    ...textField("category", record.category),
    source: base.source,
    origin: base.origin,
    ...payloadSchema ? { payloadSchema } : {},
    ...resultSchema ? { resultSchema } : {},
    ...waitPayloadSchema ? { waitPayloadSchema } : {},
    schemaCompleteness: payloadSchema ? "complete" : "name-only",
    ...typeof connectorType === "string" && connectorType !== "" ? { connector: { type: connectorType } } : {},
    ...typeof record.requiresGas === "boolean" ? { requiresGas: record.requiresGas } : {},
    ...record.fundsMovement !== void 0 && record.fundsMovement !== null ? { fundsMovement: record.fundsMovement } : {},
    ...textField("documentationUrl", record.documentationUrl),
    ...textField("operationType", record.operationType),
    ...tagsField(record.tags),
    ...record.exampleOutput !== void 0 ? { exampleOutput: record.exampleOutput } : {},
    ...base.notes && base.notes.length > 0 ? { notes: base.notes } : {}
  };
}
function objectOrUndefined(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function tagsField(value) {
  const tags = Array.isArray(value) ? value.filter((t) => typeof t === "string") : [];
  return tags.length ? { tags } : {};
}
function textField(key, value) {
  return typeof value === "string" && value !== "" ? { [key]: value } : {};
}

// src/catalog/pinned.ts
var SECTIONS = [
  ["actions", "action"],
  ["logicActions", "logic"],
  ["triggers", "trigger"]
];
var ENTRY_POINTER = /^\/(?:actions|logicActions|triggers)\/\d+/;
function pinnedEntries(value, file) {
  const violations = shapeProblems("pinned-file", value);
  const problems = onePerEntry(violations);
  const root = objectOrUndefined(value);
  if (!root) return { entries: [], problems };
  const bad = new Set(violations.map((p) => ENTRY_POINTER.exec(p.pointer)?.[0]).filter(Boolean));
  const notes = provenance(root);
  const entries = [];
  const seen = /* @__PURE__ */ new Map();
  for (const [section, kind] of SECTIONS) {
    const items = root[section];
    if (!Array.isArray(items)) continue;
    items.forEach((item, index) => {
      const pointer = `/${section}/${index}`;
      const record = objectOrUndefined(item);
      if (bad.has(pointer) || !record) return;
      const type = record.type;
      const first = seen.get(type);
      if (first !== void 0) {
        problems.push({ pointer: `${pointer}/type`, message: `type \`${type}\` is already defined at ${first}` });
        return;
      }
      seen.set(type, pointer);
      entries.push(definitionToEntry(record, { type, kind, source: "pinned", origin: file, notes }));
    });
  }
  return { entries, problems };
}
function onePerEntry(violations) {
  const reported = /* @__PURE__ */ new Set();
  return violations.filter((problem) => {
    const entry = ENTRY_POINTER.exec(problem.pointer)?.[0];
    if (entry === void 0) return true;
    if (reported.has(entry)) return false;
    reported.add(entry);
    return true;
  });
}
function provenance(root) {
  const { source, fetchedAt } = root;
  return typeof source === "string" && typeof fetchedAt === "string" ? [`pinned from ${source} at ${fetchedAt}`] : [];
}

export {
  require_fast_deep_equal,
  require_ucs2length,
  require_equal,
  require_formats,
  config,
  workflow,
  manifest,
  environment,
  template,
  shapeProblems,
  definitionToEntry,
  objectOrUndefined,
  pinnedEntries
};
