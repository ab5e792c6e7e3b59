import { createRequire as __rgCreateRequire } from 'node:module';
const require = __rgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "node_modules/fastest-levenshtein/mod.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.distance = exports.closest = void 0;
    var peq = new Uint32Array(65536);
    var myers_32 = function(a, b) {
      var n = a.length;
      var m = b.length;
      var lst = 1 << n - 1;
      var pv = -1;
      var mv = 0;
      var sc = n;
      var i = n;
      while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
      }
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
          sc++;
        }
        if (pv & lst) {
          sc--;
        }
        mv = mv << 1 | 1;
        pv = pv << 1 | ~(xv | mv);
        mv &= xv;
      }
      i = n;
      while (i--) {
        peq[a.charCodeAt(i)] = 0;
      }
      return sc;
    };
    var myers_x = function(b, a) {
      var n = a.length;
      var m = b.length;
      var mhc = [];
      var phc = [];
      var hsize = Math.ceil(n / 32);
      var vsize = Math.ceil(m / 32);
      for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
      }
      var j = 0;
      for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)];
          var pb = phc[i / 32 | 0] >>> i & 1;
          var mb = mhc[i / 32 | 0] >>> i & 1;
          var xv = eq | mv_1;
          var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
          var ph = mv_1 | ~(xh | pv_1);
          var mh = pv_1 & xh;
          if (ph >>> 31 ^ pb) {
            phc[i / 32 | 0] ^= 1 << i;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i / 32 | 0] ^= 1 << i;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv_1 = mh | ~(xv | ph);
          mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
      }
      var mv = 0;
      var pv = -1;
      var start = j * 32;
      var vlen = Math.min(32, m - start) + start;
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
      }
      var score = m;
      for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = phc[i / 32 | 0] >>> i & 1;
        var mb = mhc[i / 32 | 0] >>> i & 1;
        var xv = eq | mv;
        var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += ph >>> m - 1 & 1;
        score -= mh >>> m - 1 & 1;
        if (ph >>> 31 ^ pb) {
          phc[i / 32 | 0] ^= 1 << i;
        }
        if (mh >>> 31 ^ mb) {
          mhc[i / 32 | 0] ^= 1 << i;
        }
        ph = ph << 1 | pb;
        mh = mh << 1 | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
      }
      return score;
    };
    var distance2 = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
      }
      if (b.length === 0) {
        return a.length;
      }
      if (a.length <= 32) {
        return myers_32(a, b);
      }
      return myers_x(a, b);
    };
    exports.distance = distance2;
    var closest = function(str2, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i = 0; i < arr.length; i++) {
        var dist = distance2(str2, arr[i]);
        if (dist < min_distance) {
          min_distance = dist;
          min_index = i;
        }
      }
      return arr[min_index];
    };
    exports.closest = closest;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length2(str2) {
      const len = str2.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str2.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str2.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length2;
    ucs2length2.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str2(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str2;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str2`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify4(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify4;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj2, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj2})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj2), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema4) {
      if (typeof schema4 == "boolean")
        return schema4;
      if (Object.keys(schema4).length === 0)
        return true;
      checkUnknownRules(it, schema4);
      return !schemaHasRules(schema4, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema4 = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema4 === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema4) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema4, rules) {
      if (typeof schema4 == "boolean")
        return !schema4;
      for (const key in schema4)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema4, RULES2) {
      if (typeof schema4 == "boolean")
        return !schema4;
      for (const key in schema4)
        if (key !== "$ref" && RULES2.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema4, keyword, $data) {
      if (!$data) {
        if (typeof schema4 == "number" || typeof schema4 == "boolean")
          return schema4;
        if (typeof schema4 == "string")
          return (0, codegen_1._)`${schema4}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str2) {
      return unescapeJsonPointer(decodeURIComponent(str2));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str2) {
      return encodeURIComponent(escapeJsonPointer(str2));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str2) {
      if (typeof str2 == "number")
        return `${str2}`;
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str2) {
      return str2.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema: schema4, validateName } = it;
      if (schema4 === false) {
        falseSchemaError(it, false);
      } else if (typeof schema4 == "object" && schema4.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema: schema4 } = it;
      if (schema4 === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema: schema4, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema4, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema4, group) {
      return group.rules.some((rule) => shouldUseRule(schema4, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema4, rule) {
      var _a;
      return schema4[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema4[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema4) {
      const types = getJSONTypes(schema4.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema4.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema4.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema4.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema: schema4 }) => `must be ${schema4}`,
      params: ({ schema: schema4, schemaValue }) => typeof schema4 == "string" ? (0, codegen_1._)`{type: ${schema4}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema: schema4 } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema4, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema4.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema4,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema: schema4, keyword, it } = cxt;
      if (!Array.isArray(schema4))
        throw new Error("ajv implementation error");
      const alwaysValid = schema4.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema4.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema: schema4, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema4, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema: schema4, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema4, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema4, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema4) : st === "object" ? schema4 && typeof schema4 == "object" && !Array.isArray(schema4) : typeof schema4 == st || allowUndefined && typeof schema4 == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema: schema4, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema4, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema4[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema: schema4, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema4 !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema4 !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema: schema4,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
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

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema4, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema4, "", schema4);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema4, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema4 && typeof schema4 == "object" && !Array.isArray(schema4)) {
        pre(schema4, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema4) {
          var sch = schema4[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema4, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema4, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema4);
          }
        }
        post(schema4, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str2) {
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema4, limit = true) {
      if (typeof schema4 == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema4);
      if (!limit)
        return false;
      return countKeys(schema4) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema4) {
      for (const key in schema4) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema4[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema4) {
      let count = 0;
      for (const key in schema4) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema4[key] == "object") {
          (0, util_1.eachItem)(schema4[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema4, baseId) {
      if (typeof schema4 == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema4[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema4, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema: schema4, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema4, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema4, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema: schema4, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema4.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema4, opts) {
      const schId = typeof schema4 == "object" && schema4[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema: schema4, self }) {
      if (typeof schema4 == "boolean")
        return !schema4;
      for (const key in schema4)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema: schema4, gen, opts } = it;
      if (opts.$comment && schema4.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema: schema4, errSchemaPath, opts, self } = it;
      if (schema4.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema4, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema: schema4, opts } = it;
      if (schema4.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema: schema4, errSchemaPath, opts }) {
      const msg = schema4.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema: schema4, data, allErrors, opts, self } = it;
      const { RULES: RULES2 } = self;
      if (schema4.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema4, RULES2))) {
        gen.block(() => keywordCode(it, "$ref", RULES2.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES2.rules)
          groupKeywords(group);
        groupKeywords(RULES2.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema4, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema: schema4, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema4, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj2, assign) {
        if (assign)
          Object.assign(this.params, obj2);
        else
          this.params = obj2;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment2 of segments) {
        if (segment2) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment2))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema4;
        if (typeof env.schema == "object")
          schema4 = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema4 === null || schema4 === void 0 ? void 0 : schema4[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema4 === null || schema4 === void 0 ? void 0 : schema4.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema4 = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema4)
          _sch = new SchemaEnv({ schema: schema4, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema: schema4 } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema4[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema: schema4, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema: schema4, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema4 === "boolean")
          return;
        const partSchema = schema4[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema4 = partSchema;
        const schId = typeof schema4 === "object" && schema4[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema4 != "boolean" && schema4.$ref && !(0, util_1.schemaHasRulesButRef)(schema4, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema4.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema: schema4, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str2, token) {
      let ind = 0;
      for (let i = 0; i < str2.length; i++) {
        if (str2[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment2 = segments[i];
        if (segment2 === "." || segment2 === "..") {
          if (segment2 === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment2);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse2(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse2(serialize(base, options), options);
        relative = parse2(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse2(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse: parse2
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str2, flags) => new RegExp(str2, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema4, _meta) {
        const sch = this._addSchema(schema4, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema4, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema4, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema4, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema4)) {
          for (const sch of schema4)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema4 === "object") {
          const { schemaId } = this.opts;
          id = schema4[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema4, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema4, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema4, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema4, throwOrLogError) {
        if (typeof schema4 == "boolean")
          return true;
        let $schema;
        $schema = schema4.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema4);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES: RULES2 } = this;
        delete RULES2.keywords[keyword];
        delete RULES2.all[keyword];
        for (const group of RULES2.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema4 = keywords[key];
            if ($data && schema4)
              keywords[key] = schemaOrData(schema4);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas2, regex) {
        for (const keyRef in schemas2) {
          const sch = schemas2[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas2[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas2[keyRef];
            }
          }
        }
      }
      _addSchema(schema4, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema4 == "object") {
          id = schema4[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema4 != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema4);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema4, baseId);
        sch = new compile_1.SchemaEnv({ schema: schema4, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema4, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES: RULES2 } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES2.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES: RULES2 } = this;
      let ruleGroup = post ? RULES2.post : RULES2.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES2.rules.push(ruleGroup);
      }
      RULES2.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES2.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema4) {
      return { anyOf: [schema4, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema: schema4, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema4);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema: schema4, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema4.length === 0)
          return;
        const useLoop = schema4.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema4) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema4) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema4, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
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

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema: schema4, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema4)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema: schema4 } = cxt;
        if ($data || schema4 && typeof schema4 == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema4} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema: schema4, schemaCode, it } = cxt;
        if (!$data && schema4.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema4.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema4))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema4.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema4[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema: schema4, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema4 === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema4 == "object" && !(0, util_1.alwaysValidSchema)(it, schema4)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema: schema4, it } = cxt;
        if (Array.isArray(schema4))
          return validateTuple(cxt, "additionalItems", schema4);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema4))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema: schema4, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema4))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema: schema4, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema4)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema: schema4 }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema4) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema4[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema4[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema: schema4, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema4))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema: schema4, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema4))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema4 === false) {
            deleteAdditional(key);
            return;
          }
          if (schema4 === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema4 == "object" && !(0, util_1.alwaysValidSchema)(it, schema4)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema: schema4, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema4);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema4[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema4[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema: schema4, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema4);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema4[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema: schema4, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema4)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema: schema4, parentSchema, it } = cxt;
        if (!Array.isArray(schema4))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema4;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema: schema4, it } = cxt;
        if (!Array.isArray(schema4))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema4.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema4 = it.schema[keyword];
      return schema4 !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema4);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema: schema4, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema4];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema4}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema4)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema4, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema: schema4, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema4.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema4.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// src/engine/loadWorker.ts
import { parentPort } from "node:worker_threads";

// src/core/model/conditions.ts
var UNITS = ["%", "ms", "s", "m", "h"];
var MAX_METRIC = 128;
var MAX_DIGITS = 15;
var isBlank = (ch) => ch !== void 0 && /\s/.test(ch);
var isDigit = (ch) => ch !== void 0 && ch >= "0" && ch <= "9";
var isMetricStart = (ch) => ch !== void 0 && /[A-Za-z_]/.test(ch);
var isMetricPart = (ch) => ch !== void 0 && /[A-Za-z0-9_.]/.test(ch);
function scan(text) {
  let i = 0;
  const skipBlanks = () => {
    while (isBlank(text[i])) i += 1;
  };
  const run = (accepts) => {
    const from2 = i;
    while (accepts(text[i])) i += 1;
    return text.slice(from2, i);
  };
  skipBlanks();
  if (!isMetricStart(text[i])) return null;
  const metric = run(isMetricPart);
  if (metric.length > MAX_METRIC) return null;
  skipBlanks();
  const two = text.slice(i, i + 2);
  const operator = [">=", "<=", "==", "!="].find((op) => op === two) ?? [">", "<"].find((op) => op === text[i]);
  if (operator === void 0) return null;
  i += operator.length;
  skipBlanks();
  const dollar = text[i] === "$";
  if (dollar) {
    i += 1;
    skipBlanks();
  }
  const from = i;
  if (text[i] === "-") i += 1;
  const whole = run(isDigit);
  if (whole.length < 1 || whole.length > MAX_DIGITS) return null;
  if (text[i] === ".") {
    i += 1;
    const fraction = run(isDigit);
    if (fraction.length < 1 || fraction.length > MAX_DIGITS) return null;
  }
  const number = text.slice(from, i);
  skipBlanks();
  const suffix = text.startsWith("ms", i) ? "ms" : UNITS.find((u) => u.length === 1 && u === text[i]) ?? null;
  if (suffix !== null) i += suffix.length;
  skipBlanks();
  return i === text.length ? { metric, operator, dollar, number, suffix } : null;
}
function parseCondition(text) {
  const parts = scan(text);
  if (!parts) {
    return {
      ok: false,
      reason: `"${text.length > 80 ? text.slice(0, 77) + "..." : text}" is not of the form \`metric operator threshold\` (e.g. \`false_positive_rate > 0.20\`, \`cost_per_account > $1.50\`)`
    };
  }
  const { metric, operator, dollar, number, suffix } = parts;
  if (dollar && suffix) return { ok: false, reason: `"${text}" has both a currency sign and a unit` };
  const threshold = Number(number);
  const unit = dollar ? "$" : suffix;
  if (unit === "%" && (threshold < 0 || threshold > 100)) return { ok: false, reason: `"${text}" has a percentage outside 0..100` };
  return { ok: true, condition: { metric, operator, threshold, unit } };
}
function loosenedBy(before, after) {
  if (before.metric !== after.metric || before.unit !== after.unit) return "changed";
  if (before.operator === after.operator && before.threshold === after.threshold) return "same";
  const upward = (op) => op === ">" || op === ">=";
  const downward = (op) => op === "<" || op === "<=";
  if (upward(before.operator) && upward(after.operator)) {
    if (after.threshold > before.threshold || after.threshold === before.threshold && after.operator === ">" && before.operator === ">=") return "loosened";
    return "tightened";
  }
  if (downward(before.operator) && downward(after.operator)) {
    if (after.threshold < before.threshold || after.threshold === before.threshold && after.operator === "<" && before.operator === "<=") return "loosened";
    return "tightened";
  }
  return "changed";
}
function formatCondition(c) {
  const value = c.unit === "$" ? `$${c.threshold}` : c.unit ? `${c.threshold}${c.unit}` : String(c.threshold);
  return `${c.metric} ${c.operator} ${value}`;
}

// src/core/model/duration.ts
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
function parseDuration(text) {
  const m = /^([0-9]{1,9})(ms|s|m|h|d)$/.exec(text);
  if (!m) return null;
  return Number(m[1]) * UNIT_MS[m[2]];
}
function formatDuration(ms) {
  if (ms % UNIT_MS.d === 0) return `${ms / UNIT_MS.d}d`;
  if (ms % UNIT_MS.h === 0) return `${ms / UNIT_MS.h}h`;
  if (ms % UNIT_MS.m === 0) return `${ms / UNIT_MS.m}m`;
  if (ms % UNIT_MS.s === 0) return `${ms / UNIT_MS.s}s`;
  return `${ms}ms`;
}
function describeSpan(ms) {
  if (ms < UNIT_MS.m) return "less than a minute";
  const days = Math.floor(ms / UNIT_MS.d);
  const hours = Math.floor(ms % UNIT_MS.d / UNIT_MS.h);
  const minutes = Math.floor(ms % UNIT_MS.h / UNIT_MS.m);
  if (days > 0) return hours > 0 ? `${days}d ${hours}h` : `${days}d`;
  if (hours > 0) return minutes > 0 ? `${hours}h ${minutes}m` : `${hours}h`;
  return `${minutes}m`;
}

// src/core/model/location.ts
function problem(at, message, hint) {
  return { file: at.file, line: at.line, column: at.column, message, hint };
}

// src/core/model/raw.ts
var obj = (v) => v !== null && typeof v === "object" && !Array.isArray(v) ? v : /* @__PURE__ */ Object.create(null);

// src/core/model/placeholder.ts
var PLACEHOLDER_PHRASES = [
  "tbd",
  "tba",
  "tbc",
  "todo",
  "fixme",
  "n/a",
  "na",
  "none",
  "nobody",
  "no one",
  "noone",
  "nil",
  "null",
  "unknown",
  "unassigned",
  "unowned",
  "undecided",
  "undefined",
  "unset",
  "unhandled",
  "owner",
  "someone",
  "somebody",
  "anyone",
  "anybody",
  "whoever",
  "xxx",
  "pending",
  "later",
  "vacant",
  "placeholder",
  "changeme",
  "change me",
  "fill in",
  "fill me in",
  "to be decided",
  "to be determined",
  "to be defined",
  "to be confirmed",
  "to be announced",
  "to be assigned",
  "nobody yet",
  "none yet",
  "no one yet",
  "not yet",
  "not yet assigned",
  "not assigned",
  "not set",
  "not handled",
  "not decided",
  "not applicable",
  "not known",
  "no owner",
  "no owner yet"
];
var PLACEHOLDER_PREFIXES = ["tbd", "tba", "todo", "fixme"];
var SEPARATORS = /[^\p{L}\p{M}\p{N}]+/u;
function wordsOf(text) {
  return text.normalize("NFKC").toLowerCase().split(SEPARATORS).filter((w) => w !== "");
}
var PHRASES = new Set(PLACEHOLDER_PHRASES.map((p) => wordsOf(p).join("")));
var PREFIXES = new Set(PLACEHOLDER_PREFIXES);
function firstWord(words) {
  let letters = "";
  for (const w of words) {
    if ([...w].length !== 1) break;
    letters += w;
  }
  return letters !== "" ? letters : words[0] ?? "";
}
function isPlaceholder(text) {
  const words = wordsOf(text);
  const compact = words.join("");
  if (compact === "") return true;
  if (PHRASES.has(compact) || /^x{3,}$/.test(compact)) return true;
  return PREFIXES.has(firstWord(words));
}

// src/core/sources/binding.ts
function selectorOf(b) {
  switch (b.kind) {
    case "flagd":
      return `flag=${b.flag} variant=${b.variant}`;
    case "go_feature_flag":
      return `flag=${b.flag} variation=${b.variation}`;
    case "argo_rollout":
    case "argo_analysis_template":
    case "flagger_canary":
      return `name=${b.name}`;
  }
}
function bindingsOf(value, at) {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, i) => {
    const o = obj(item);
    const path = typeof o["path"] === "string" ? o["path"] : null;
    if (path === null) return [];
    if (o["kind"] === "flagd" && typeof o["flag"] === "string" && typeof o["variant"] === "string")
      return [{ kind: "flagd", path, flag: o["flag"], variant: o["variant"], at: at(i) }];
    if (o["kind"] === "argo_rollout" && typeof o["name"] === "string") return [{ kind: "argo_rollout", path, name: o["name"], at: at(i) }];
    if (o["kind"] === "go_feature_flag" && typeof o["flag"] === "string" && typeof o["variation"] === "string")
      return [{ kind: "go_feature_flag", path, flag: o["flag"], variation: o["variation"], at: at(i) }];
    if (o["kind"] === "argo_analysis_template" && typeof o["name"] === "string") return [{ kind: "argo_analysis_template", path, name: o["name"], at: at(i) }];
    if (o["kind"] === "flagger_canary" && typeof o["name"] === "string") return [{ kind: "flagger_canary", path, name: o["name"], at: at(i) }];
    return [];
  });
}

// src/core/model/vocabulary.ts
var READINESS_BLOCKS = [
  "runtime_correctness",
  "safety_and_policy",
  "capability_execution",
  "observability",
  "eval_and_slo",
  "operational_readiness",
  "ownership_and_rollback"
];
var OWNER_CATEGORIES = ["product", "technical", "data", "eval", "support", "communication", "cost", "risk", "on_call", "rollback"];
var EVIDENCE_KINDS = [
  "trace_coverage",
  "policy_prechecks",
  "policy_decision_traces",
  "offline_eval",
  "slo",
  "regression_gate",
  "runbook",
  "alerting",
  "rollback_rehearsal",
  "failed_run_drills",
  "multi_tenant_tests",
  "high_risk_path_tests",
  "support_readiness",
  "communication_plan"
];
var CANONICAL_LADDER = Object.assign(/* @__PURE__ */ Object.create(null), {
  shadow: 0,
  internal: 1,
  dogfood: 1,
  supervised_pilot: 2,
  pilot: 2,
  limited_beta: 3,
  beta: 3,
  customer_cohort: 4,
  cohort: 4,
  canary: 5,
  canary_expansion: 6,
  ga: 7,
  general_availability: 7
});

// src/core/evidence/reading.ts
var EVIDENCE_FORMATS = ["promptfoo", "junit", "metrics"];
var EVIDENCE_MAX_BYTES = 4 * 1024 * 1024;
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

// src/core/model/typedEvidence.ts
function evidenceSpecOf(raw, field, at, problems) {
  const o = raw;
  const format = EVIDENCE_FORMATS.includes(String(o["format"])) ? o["format"] : "metrics";
  const require2 = [];
  const req = typeof o["require"] === "object" && o["require"] !== null ? o["require"] : {};
  for (const metric of Object.keys(req)) {
    const bound = String(req[metric]);
    const text = `${metric} ${bound}`;
    const parsed = parseCondition(text);
    if (!parsed.ok || parsed.condition.metric !== metric) {
      problems.push(
        problem(
          at("require", metric),
          `${field}.require.${metric}: "${bound}" is not an operator and a number`,
          'write the bound as `operator number`, e.g. ">= 0.95" or "== 0", with operator one of > >= < <= == !='
        )
      );
      continue;
    }
    require2.push({ ...parsed.condition, text, at: at("require", metric) });
  }
  return { path: String(o["path"]), spec: { format, pointer: typeof o["pointer"] === "string" ? o["pointer"] : null, require: require2 } };
}

// src/core/model/manifest.ts
var STAGE_EXPOSURE_FIELDS = ["traffic_percent", "tenant_percent", "accounts", "users"];
var str = (v) => typeof v === "string" ? v : null;
var num = (v) => typeof v === "number" ? v : null;
var list = (v) => Array.isArray(v) ? v : [];
var has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
function buildManifest(doc, options = {}) {
  const problems = [];
  const root = ["rollout_plan"];
  const at = (...path) => doc.at([...root, ...path]);
  const key = (...path) => doc.keyAt([...root, ...path]);
  const plan = obj(obj(doc.value)["rollout_plan"]);
  const owner2 = (value, ...path) => {
    const o = obj(value);
    const name = typeof value === "string" ? value : str(o["name"]) ?? "";
    const github = typeof value === "string" ? githubHandleIn(value) : str(o["github"]);
    return { name: name.trim(), github, placeholder: isPlaceholder(name), at: at(...path) };
  };
  const evidence = (value, field, ...path) => typeof value === "string" ? { field, path: value, at: at(...path), spec: null } : null;
  const stagesRaw = obj(plan["stages"]);
  const stages = Object.keys(stagesRaw).map((name, index) => {
    const s = obj(stagesRaw[name]);
    const exposureAt = {};
    for (const field of STAGE_EXPOSURE_FIELDS) if (has(s, field)) exposureAt[field] = at("stages", name, field);
    return {
      name,
      index,
      users: str(s["users"]),
      accounts: num(s["accounts"]),
      trafficPercent: num(s["traffic_percent"]),
      tenantPercent: num(s["tenant_percent"]),
      entry: list(s["entry"]).filter((x) => typeof x === "string"),
      exit: list(s["exit"]).filter((x) => typeof x === "string"),
      exposureAt,
      at: doc.keyAt([...root, "stages", name])
    };
  });
  let currentStage = null;
  const current = str(plan["current_stage"]);
  if (current !== null) {
    currentStage = stages.find((s) => s.name === current) ?? null;
    if (!currentStage) {
      problems.push(
        problem(
          at("current_stage"),
          `current_stage "${current}" is not one of the stages (${stages.map((s) => s.name).join(", ")})`,
          "name a stage defined under `stages`, or add that stage to the ladder"
        )
      );
    }
  }
  const conditions = (key2) => list(plan[key2]).flatMap((item, i) => {
    const o = obj(item);
    const text = typeof item === "string" ? item : str(o["condition"]) ?? "";
    const where = typeof item === "string" ? at(key2, i) : at(key2, i, "condition");
    const parsed = parseCondition(text);
    if (!parsed.ok) {
      problems.push(
        problem(
          where,
          `${key2}[${i}]: ${parsed.reason}`,
          "write it as `metric operator number`, with operator one of > >= < <= == != and an optional $ or % / ms / s / m / h unit"
        )
      );
      return [];
    }
    return [{ ...parsed.condition, text, action: str(o["action"]), at: where }];
  });
  const ownersRaw = obj(plan["owners"]);
  const owners = {};
  for (const category of OWNER_CATEGORIES) {
    if (has(ownersRaw, category)) owners[category] = owner2(ownersRaw[category], "owners", category);
  }
  const rollbackRaw = has(plan, "rollback") ? obj(plan["rollback"]) : null;
  const rollback = rollbackRaw ? { plan: evidence(rollbackRaw["plan"], "rollback.plan", "rollback", "plan"), fallback: str(rollbackRaw["fallback"]), at: key("rollback") } : null;
  const shadowRaw = has(plan, "shadow_period") ? obj(plan["shadow_period"]) : null;
  const shadowPeriod = shadowRaw ? {
    days: num(shadowRaw["days"]) ?? 0,
    evidence: evidence(shadowRaw["evidence"], "shadow_period.evidence", "shadow_period", "evidence"),
    at: key("shadow_period")
  } : null;
  const orchestrationRaw = obj(plan["orchestration"]);
  const orchestration = Object.keys(orchestrationRaw).map((name) => {
    const v = orchestrationRaw[name];
    const o = obj(v);
    const pattern = typeof v === "string" ? v : str(o["pattern"]);
    return { name, pattern, review: evidence(o["review"], `orchestration.${name}.review`, "orchestration", name, "review"), at: key("orchestration", name) };
  });
  const capabilitiesRaw = obj(plan["capabilities"]);
  const capabilities = Object.keys(capabilitiesRaw).map((name) => {
    const c = obj(capabilitiesRaw[name]);
    const session = has(c, "session") ? obj(c["session"]) : null;
    return {
      name,
      access: c["access"] === "write" ? "write" : "read",
      owner: has(c, "owner") ? owner2(c["owner"], "capabilities", name, "owner") : null,
      transport: str(c["transport"]),
      timeoutMs: typeof c["timeout"] === "string" ? parseDuration(c["timeout"]) : null,
      retryMaxAttempts: num(obj(c["retry"])["max_attempts"]),
      idempotency: nonBlank(c["idempotency"]),
      unknownSideEffect: nonBlank(c["unknown_side_effect"]),
      telemetry: nonBlank(c["telemetry"]),
      viaGateway: c["via_gateway"] !== false,
      requiresApproval: c["requires_approval"] === true,
      session: session ? { stateful: session["stateful"] === true, expirySignal: nonBlank(session["expiry_signal"]), reinit: nonBlank(session["reinit"]) } : null,
      at: doc.keyAt([...root, "capabilities", name])
    };
  });
  const approvalRaw = has(plan, "approval") ? obj(plan["approval"]) : null;
  const approval = approvalRaw ? {
    queueOwner: has(approvalRaw, "queue_owner") ? owner2(approvalRaw["queue_owner"], "approval", "queue_owner") : null,
    timeoutMs: typeof approvalRaw["timeout"] === "string" ? parseDuration(approvalRaw["timeout"]) : null,
    backlogThreshold: num(approvalRaw["backlog_threshold"]),
    onTimeout: str(approvalRaw["on_timeout"]) ?? null,
    fallback: nonBlank(approvalRaw["fallback"]),
    latencyMetric: nonBlank(approvalRaw["latency_metric"]),
    at: key("approval")
  } : null;
  const authRaw = has(plan, "authorization") ? obj(plan["authorization"]) : null;
  const authorization = authRaw ? {
    mode: authRaw["mode"] === "delegated" ? "delegated" : "service",
    tracedFields: list(authRaw["traced_fields"]).filter((x) => typeof x === "string"),
    onRevoke: nonBlank(authRaw["on_revoke"]),
    at: key("authorization")
  } : null;
  const evidenceRaw = obj(plan["evidence"]);
  const evidenceRefs = {};
  for (const kind of EVIDENCE_KINDS) {
    const raw = evidenceRaw[kind];
    const typed = typeof raw === "object" && raw !== null ? evidenceSpecOf(raw, `evidence.${kind}`, (...p) => at("evidence", kind, ...p), problems) : null;
    const ref = typed ? { field: `evidence.${kind}`, path: typed.path, at: at("evidence", kind, "path"), spec: typed.spec } : evidence(raw, `evidence.${kind}`, "evidence", kind);
    if (ref) evidenceRefs[kind] = ref;
  }
  const sources = list(plan["sources"]).flatMap((p, i) => typeof p === "string" ? [{ path: p, at: at("sources", i) }] : []);
  const waivers = list(plan["waivers"]).flatMap((item, i) => {
    const w = obj(item);
    const expires = str(w["expires"]) ?? "";
    if (!isCalendarDate(expires)) {
      problems.push(
        problem(
          at("waivers", i, "expires"),
          `waivers[${i}].expires "${expires}" is not a real calendar date`,
          "write the last day the waiver holds as YYYY-MM-DD"
        )
      );
      return [];
    }
    return [{ check: str(w["check"]) ?? "", reason: str(w["reason"]) ?? "", approver: str(w["approver"]) ?? "", expires, at: at("waivers", i) }];
  });
  const stopConditions = conditions("stop_conditions");
  const rollbackTriggers = conditions("rollback_triggers");
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    manifest: {
      file: doc.file,
      workflow: str(plan["workflow"]) ?? "",
      stages,
      currentStage,
      currentStageAt: has(plan, "current_stage") ? at("current_stage") : null,
      stopConditions,
      rollbackTriggers,
      owners,
      ownersAt: has(plan, "owners") ? key("owners") : key(),
      rollback,
      shadowPeriod,
      orchestration,
      capabilities,
      approval,
      authorization,
      evidence: evidenceRefs,
      waivers,
      sources,
      exposureSources: bindingsOf(plan["exposure_sources"], (i) => at("exposure_sources", i)),
      at: doc.keyAt(root),
      raw: options.keepRaw === false ? null : doc.value
    }
  };
}
function nonBlank(v) {
  return typeof v === "string" && !isPlaceholder(v) ? v : null;
}
function githubHandleIn(text) {
  const m = /(?:^|[\s(])(@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]{1,100})?)(?=$|[\s),])/.exec(text);
  return m ? m[1] : null;
}
function isCalendarDate(text) {
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(text)) return false;
  const d = /* @__PURE__ */ new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

// node_modules/yaml/browser/dist/nodes/identity.js
var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
function isCollection(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case MAP:
      case SEQ:
        return true;
    }
  return false;
}
function isNode(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case ALIAS:
      case MAP:
      case SCALAR:
      case SEQ:
        return true;
    }
  return false;
}
var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

// node_modules/yaml/browser/dist/visit.js
var BREAK = /* @__PURE__ */ Symbol("break visit");
var SKIP = /* @__PURE__ */ Symbol("skip children");
var REMOVE = /* @__PURE__ */ Symbol("remove node");
function visit(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE)
      node.contents = null;
  } else
    visit_(null, node, visitor_, Object.freeze([]));
}
visit.BREAK = BREAK;
visit.SKIP = SKIP;
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
  const ctrl = callVisitor(key, node, visitor, path);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path, ctrl);
    return visit_(key, ctrl, visitor, path);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
      path = Object.freeze(path.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        const ci = visit_(i, node.items[i], visitor, path);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node)) {
      path = Object.freeze(path.concat(node));
      const ck = visit_("key", node.key, visitor, path);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node.key = null;
      const cv = visit_("value", node.value, visitor, path);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node.value = null;
    }
  }
  return ctrl;
}
async function visitAsync(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE)
      node.contents = null;
  } else
    await visitAsync_(null, node, visitor_, Object.freeze([]));
}
visitAsync.BREAK = BREAK;
visitAsync.SKIP = SKIP;
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
  const ctrl = await callVisitor(key, node, visitor, path);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path, ctrl);
    return visitAsync_(key, ctrl, visitor, path);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
      path = Object.freeze(path.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        const ci = await visitAsync_(i, node.items[i], visitor, path);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node)) {
      path = Object.freeze(path.concat(node));
      const ck = await visitAsync_("key", node.key, visitor, path);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node.key = null;
      const cv = await visitAsync_("value", node.value, visitor, path);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node.value = null;
    }
  }
  return ctrl;
}
function initVisitor(visitor) {
  if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
    return Object.assign({
      Alias: visitor.Node,
      Map: visitor.Node,
      Scalar: visitor.Node,
      Seq: visitor.Node
    }, visitor.Value && {
      Map: visitor.Value,
      Scalar: visitor.Value,
      Seq: visitor.Value
    }, visitor.Collection && {
      Map: visitor.Collection,
      Seq: visitor.Collection
    }, visitor);
  }
  return visitor;
}
function callVisitor(key, node, visitor, path) {
  if (typeof visitor === "function")
    return visitor(key, node, path);
  if (isMap(node))
    return visitor.Map?.(key, node, path);
  if (isSeq(node))
    return visitor.Seq?.(key, node, path);
  if (isPair(node))
    return visitor.Pair?.(key, node, path);
  if (isScalar(node))
    return visitor.Scalar?.(key, node, path);
  if (isAlias(node))
    return visitor.Alias?.(key, node, path);
  return void 0;
}
function replaceNode(key, path, node) {
  const parent = path[path.length - 1];
  if (isCollection(parent)) {
    parent.items[key] = node;
  } else if (isPair(parent)) {
    if (key === "key")
      parent.key = node;
    else
      parent.value = node;
  } else if (isDocument(parent)) {
    parent.contents = node;
  } else {
    const pt = isAlias(parent) ? "alias" : "scalar";
    throw new Error(`Cannot replace node with ${pt} parent`);
  }
}

// node_modules/yaml/browser/dist/doc/directives.js
var escapeChars = {
  "!": "%21",
  ",": "%2C",
  "[": "%5B",
  "]": "%5D",
  "{": "%7B",
  "}": "%7D"
};
var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
var Directives = class _Directives {
  constructor(yaml, tags) {
    this.docStart = null;
    this.docEnd = false;
    this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
    this.tags = Object.assign({}, _Directives.defaultTags, tags);
  }
  clone() {
    const copy = new _Directives(this.yaml, this.tags);
    copy.docStart = this.docStart;
    return copy;
  }
  /**
   * During parsing, get a Directives instance for the current document and
   * update the stream state according to the current version's spec.
   */
  atDocument() {
    const res = new _Directives(this.yaml, this.tags);
    switch (this.yaml.version) {
      case "1.1":
        this.atNextDocument = true;
        break;
      case "1.2":
        this.atNextDocument = false;
        this.yaml = {
          explicit: _Directives.defaultYaml.explicit,
          version: "1.2"
        };
        this.tags = Object.assign({}, _Directives.defaultTags);
        break;
    }
    return res;
  }
  /**
   * @param onError - May be called even if the action was successful
   * @returns `true` on success
   */
  add(line, onError) {
    if (this.atNextDocument) {
      this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
      this.tags = Object.assign({}, _Directives.defaultTags);
      this.atNextDocument = false;
    }
    const parts = line.trim().split(/[ \t]+/);
    const name = parts.shift();
    switch (name) {
      case "%TAG": {
        if (parts.length !== 2) {
          onError(0, "%TAG directive should contain exactly two parts");
          if (parts.length < 2)
            return false;
        }
        const [handle, prefix] = parts;
        this.tags[handle] = prefix;
        return true;
      }
      case "%YAML": {
        this.yaml.explicit = true;
        if (parts.length !== 1) {
          onError(0, "%YAML directive should contain exactly one part");
          return false;
        }
        const [version] = parts;
        if (version === "1.1" || version === "1.2") {
          this.yaml.version = version;
          return true;
        } else {
          const isValid = /^\d+\.\d+$/.test(version);
          onError(6, `Unsupported YAML version ${version}`, isValid);
          return false;
        }
      }
      default:
        onError(0, `Unknown directive ${name}`, true);
        return false;
    }
  }
  /**
   * Resolves a tag, matching handles to those defined in %TAG directives.
   *
   * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
   *   `'!local'` tag, or `null` if unresolvable.
   */
  tagName(source, onError) {
    if (source === "!")
      return "!";
    if (source[0] !== "!") {
      onError(`Not a valid tag: ${source}`);
      return null;
    }
    if (source[1] === "<") {
      const verbatim = source.slice(2, -1);
      if (verbatim === "!" || verbatim === "!!") {
        onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
        return null;
      }
      if (source[source.length - 1] !== ">")
        onError("Verbatim tags must end with a >");
      return verbatim;
    }
    const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
    if (!suffix)
      onError(`The ${source} tag has no suffix`);
    const prefix = this.tags[handle];
    if (prefix) {
      try {
        return prefix + decodeURIComponent(suffix);
      } catch (error) {
        onError(String(error));
        return null;
      }
    }
    if (handle === "!")
      return source;
    onError(`Could not resolve tag: ${source}`);
    return null;
  }
  /**
   * Given a fully resolved tag, returns its printable string form,
   * taking into account current tag prefixes and defaults.
   */
  tagString(tag) {
    for (const [handle, prefix] of Object.entries(this.tags)) {
      if (tag.startsWith(prefix))
        return handle + escapeTagName(tag.substring(prefix.length));
    }
    return tag[0] === "!" ? tag : `!<${tag}>`;
  }
  toString(doc) {
    const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
    const tagEntries = Object.entries(this.tags);
    let tagNames;
    if (doc && tagEntries.length > 0 && isNode(doc.contents)) {
      const tags = {};
      visit(doc.contents, (_key, node) => {
        if (isNode(node) && node.tag)
          tags[node.tag] = true;
      });
      tagNames = Object.keys(tags);
    } else
      tagNames = [];
    for (const [handle, prefix] of tagEntries) {
      if (handle === "!!" && prefix === "tag:yaml.org,2002:")
        continue;
      if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
        lines.push(`%TAG ${handle} ${prefix}`);
    }
    return lines.join("\n");
  }
};
Directives.defaultYaml = { explicit: false, version: "1.2" };
Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };

// node_modules/yaml/browser/dist/doc/anchors.js
function anchorIsValid(anchor) {
  if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
    const sa = JSON.stringify(anchor);
    const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
    throw new Error(msg);
  }
  return true;
}
function anchorNames(root) {
  const anchors = /* @__PURE__ */ new Set();
  visit(root, {
    Value(_key, node) {
      if (node.anchor)
        anchors.add(node.anchor);
    }
  });
  return anchors;
}
function findNewAnchor(prefix, exclude) {
  for (let i = 1; true; ++i) {
    const name = `${prefix}${i}`;
    if (!exclude.has(name))
      return name;
  }
}
function createNodeAnchors(doc, prefix) {
  const aliasObjects = [];
  const sourceObjects = /* @__PURE__ */ new Map();
  let prevAnchors = null;
  return {
    onAnchor: (source) => {
      aliasObjects.push(source);
      prevAnchors ?? (prevAnchors = anchorNames(doc));
      const anchor = findNewAnchor(prefix, prevAnchors);
      prevAnchors.add(anchor);
      return anchor;
    },
    /**
     * With circular references, the source node is only resolved after all
     * of its child nodes are. This is why anchors are set only after all of
     * the nodes have been created.
     */
    setAnchors: () => {
      for (const source of aliasObjects) {
        const ref = sourceObjects.get(source);
        if (typeof ref === "object" && ref.anchor && (isScalar(ref.node) || isCollection(ref.node))) {
          ref.node.anchor = ref.anchor;
        } else {
          const error = new Error("Failed to resolve repeated object (this should not happen)");
          error.source = source;
          throw error;
        }
      }
    },
    sourceObjects
  };
}

// node_modules/yaml/browser/dist/doc/applyReviver.js
function applyReviver(reviver, obj2, key, val) {
  if (val && typeof val === "object") {
    if (Array.isArray(val)) {
      for (let i = 0, len = val.length; i < len; ++i) {
        const v0 = val[i];
        const v1 = applyReviver(reviver, val, String(i), v0);
        if (v1 === void 0)
          delete val[i];
        else if (v1 !== v0)
          val[i] = v1;
      }
    } else if (val instanceof Map) {
      for (const k of Array.from(val.keys())) {
        const v0 = val.get(k);
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          val.delete(k);
        else if (v1 !== v0)
          val.set(k, v1);
      }
    } else if (val instanceof Set) {
      for (const v0 of Array.from(val)) {
        const v1 = applyReviver(reviver, val, v0, v0);
        if (v1 === void 0)
          val.delete(v0);
        else if (v1 !== v0) {
          val.delete(v0);
          val.add(v1);
        }
      }
    } else {
      for (const [k, v0] of Object.entries(val)) {
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          delete val[k];
        else if (v1 !== v0)
          val[k] = v1;
      }
    }
  }
  return reviver.call(obj2, key, val);
}

// node_modules/yaml/browser/dist/nodes/toJS.js
function toJS(value, arg, ctx) {
  if (Array.isArray(value))
    return value.map((v, i) => toJS(v, String(i), ctx));
  if (value && typeof value.toJSON === "function") {
    if (!ctx || !hasAnchor(value))
      return value.toJSON(arg, ctx);
    const data = { aliasCount: 0, count: 1, res: void 0 };
    ctx.anchors.set(value, data);
    ctx.onCreate = (res2) => {
      data.res = res2;
      delete ctx.onCreate;
    };
    const res = value.toJSON(arg, ctx);
    if (ctx.onCreate)
      ctx.onCreate(res);
    return res;
  }
  if (typeof value === "bigint" && !ctx?.keep)
    return Number(value);
  return value;
}

// node_modules/yaml/browser/dist/nodes/Node.js
var NodeBase = class {
  constructor(type) {
    Object.defineProperty(this, NODE_TYPE, { value: type });
  }
  /** Create a copy of this node.  */
  clone() {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** A plain JavaScript representation of this node. */
  toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    if (!isDocument(doc))
      throw new TypeError("A document argument is required");
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc,
      keep: true,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this, "", ctx);
    if (typeof onAnchor === "function")
      for (const { count, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
};

// node_modules/yaml/browser/dist/nodes/Alias.js
var Alias = class extends NodeBase {
  constructor(source) {
    super(ALIAS);
    this.source = source;
    Object.defineProperty(this, "tag", {
      set() {
        throw new Error("Alias nodes cannot have tags");
      }
    });
  }
  /**
   * Resolve the value of this alias within `doc`, finding the last
   * instance of the `source` anchor before this node.
   */
  resolve(doc, ctx) {
    if (ctx?.maxAliasCount === 0)
      throw new ReferenceError("Alias resolution is disabled");
    let nodes;
    if (ctx?.aliasResolveCache) {
      nodes = ctx.aliasResolveCache;
    } else {
      nodes = [];
      visit(doc, {
        Node: (_key, node) => {
          if (isAlias(node) || hasAnchor(node))
            nodes.push(node);
        }
      });
      if (ctx)
        ctx.aliasResolveCache = nodes;
    }
    let found = void 0;
    for (const node of nodes) {
      if (node === this)
        break;
      if (node.anchor === this.source)
        found = node;
    }
    if (found && ctx) {
      const { anchors, doc: doc2, maxAliasCount } = ctx;
      let data = anchors.get(found);
      if (!data) {
        toJS(found, null, ctx);
        data = anchors.get(found);
      }
      if (data?.res === void 0) {
        const msg = "This should not happen: Alias anchor was not resolved?";
        throw new ReferenceError(msg);
      }
      if (maxAliasCount >= 0) {
        data.count += 1;
        if (data.aliasCount === 0)
          data.aliasCount = getAliasCount(doc2, found, anchors);
        if (data.count * data.aliasCount > maxAliasCount) {
          const msg = "Excessive alias count indicates a resource exhaustion attack";
          throw new ReferenceError(msg);
        }
      }
    }
    return found;
  }
  toJSON(_arg, ctx) {
    if (!ctx)
      return { source: this.source };
    const source = this.resolve(ctx.doc, ctx);
    if (!source) {
      const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
      throw new ReferenceError(msg);
    }
    return ctx.anchors.get(source).res;
  }
  toString(ctx, _onComment, _onChompKeep) {
    const src = `*${this.source}`;
    if (ctx) {
      anchorIsValid(this.source);
      if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
        const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
        throw new Error(msg);
      }
      if (ctx.implicitKey)
        return `${src} `;
    }
    return src;
  }
};
function getAliasCount(doc, node, anchors) {
  if (isAlias(node)) {
    const source = node.resolve(doc);
    const anchor = anchors && source && anchors.get(source);
    return anchor ? anchor.count * anchor.aliasCount : 0;
  } else if (isCollection(node)) {
    let count = 0;
    for (const item of node.items) {
      const c = getAliasCount(doc, item, anchors);
      if (c > count)
        count = c;
    }
    return count;
  } else if (isPair(node)) {
    const kc = getAliasCount(doc, node.key, anchors);
    const vc = getAliasCount(doc, node.value, anchors);
    return Math.max(kc, vc);
  }
  return 1;
}

// node_modules/yaml/browser/dist/nodes/Scalar.js
var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
var Scalar = class extends NodeBase {
  constructor(value) {
    super(SCALAR);
    this.value = value;
  }
  toJSON(arg, ctx) {
    return ctx?.keep ? this.value : toJS(this.value, arg, ctx);
  }
  toString() {
    return String(this.value);
  }
};
Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
Scalar.PLAIN = "PLAIN";
Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";

// node_modules/yaml/browser/dist/doc/createNode.js
var defaultTagPrefix = "tag:yaml.org,2002:";
function findTagObject(value, tagName, tags) {
  if (tagName) {
    const match = tags.filter((t) => t.tag === tagName);
    const tagObj = match.find((t) => !t.format) ?? match[0];
    if (!tagObj)
      throw new Error(`Tag ${tagName} not found`);
    return tagObj;
  }
  return tags.find((t) => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
  if (isDocument(value))
    value = value.contents;
  if (isNode(value))
    return value;
  if (isPair(value)) {
    const map2 = ctx.schema[MAP].createNode?.(ctx.schema, null, ctx);
    map2.items.push(value);
    return map2;
  }
  if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
    value = value.valueOf();
  }
  const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema4, sourceObjects } = ctx;
  let ref = void 0;
  if (aliasDuplicateObjects && value && typeof value === "object") {
    ref = sourceObjects.get(value);
    if (ref) {
      ref.anchor ?? (ref.anchor = onAnchor(value));
      return new Alias(ref.anchor);
    } else {
      ref = { anchor: null, node: null };
      sourceObjects.set(value, ref);
    }
  }
  if (tagName?.startsWith("!!"))
    tagName = defaultTagPrefix + tagName.slice(2);
  let tagObj = findTagObject(value, tagName, schema4.tags);
  if (!tagObj) {
    if (value && typeof value.toJSON === "function") {
      value = value.toJSON();
    }
    if (!value || typeof value !== "object") {
      const node2 = new Scalar(value);
      if (ref)
        ref.node = node2;
      return node2;
    }
    tagObj = value instanceof Map ? schema4[MAP] : Symbol.iterator in Object(value) ? schema4[SEQ] : schema4[MAP];
  }
  if (onTagObj) {
    onTagObj(tagObj);
    delete ctx.onTagObj;
  }
  const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar(value);
  if (tagName)
    node.tag = tagName;
  else if (!tagObj.default)
    node.tag = tagObj.tag;
  if (ref)
    ref.node = node;
  return node;
}

// node_modules/yaml/browser/dist/nodes/Collection.js
function collectionFromPath(schema4, path, value) {
  let v = value;
  for (let i = path.length - 1; i >= 0; --i) {
    const k = path[i];
    if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
      const a = [];
      a[k] = v;
      v = a;
    } else {
      v = /* @__PURE__ */ new Map([[k, v]]);
    }
  }
  return createNode(v, void 0, {
    aliasDuplicateObjects: false,
    keepUndefined: false,
    onAnchor: () => {
      throw new Error("This should not happen, please report a bug.");
    },
    schema: schema4,
    sourceObjects: /* @__PURE__ */ new Map()
  });
}
var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
var Collection = class extends NodeBase {
  constructor(type, schema4) {
    super(type);
    Object.defineProperty(this, "schema", {
      value: schema4,
      configurable: true,
      enumerable: false,
      writable: true
    });
  }
  /**
   * Create a copy of this collection.
   *
   * @param schema - If defined, overwrites the original's schema
   */
  clone(schema4) {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (schema4)
      copy.schema = schema4;
    copy.items = copy.items.map((it) => isNode(it) || isPair(it) ? it.clone(schema4) : it);
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /**
   * Adds a value to the collection. For `!!map` and `!!omap` the value must
   * be a Pair instance or a `{ key, value }` object, which may not have a key
   * that already exists in the map.
   */
  addIn(path, value) {
    if (isEmptyPath(path))
      this.add(value);
    else {
      const [key, ...rest] = path;
      const node = this.get(key, true);
      if (isCollection(node))
        node.addIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
  /**
   * Removes a value from the collection.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path) {
    const [key, ...rest] = path;
    if (rest.length === 0)
      return this.delete(key);
    const node = this.get(key, true);
    if (isCollection(node))
      return node.deleteIn(rest);
    else
      throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path, keepScalar) {
    const [key, ...rest] = path;
    const node = this.get(key, true);
    if (rest.length === 0)
      return !keepScalar && isScalar(node) ? node.value : node;
    else
      return isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
  }
  hasAllNullValues(allowScalar) {
    return this.items.every((node) => {
      if (!isPair(node))
        return false;
      const n = node.value;
      return n == null || allowScalar && isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
    });
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   */
  hasIn(path) {
    const [key, ...rest] = path;
    if (rest.length === 0)
      return this.has(key);
    const node = this.get(key, true);
    return isCollection(node) ? node.hasIn(rest) : false;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path, value) {
    const [key, ...rest] = path;
    if (rest.length === 0) {
      this.set(key, value);
    } else {
      const node = this.get(key, true);
      if (isCollection(node))
        node.setIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyComment.js
var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
function indentComment(comment, indent) {
  if (/^\n+$/.test(comment))
    return comment.substring(1);
  return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;

// node_modules/yaml/browser/dist/stringify/foldFlowLines.js
var FOLD_FLOW = "flow";
var FOLD_BLOCK = "block";
var FOLD_QUOTED = "quoted";
function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
  if (!lineWidth || lineWidth < 0)
    return text;
  if (lineWidth < minContentWidth)
    minContentWidth = 0;
  const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
  if (text.length <= endStep)
    return text;
  const folds = [];
  const escapedFolds = {};
  let end = lineWidth - indent.length;
  if (typeof indentAtStart === "number") {
    if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
      folds.push(0);
    else
      end = lineWidth - indentAtStart;
  }
  let split = void 0;
  let prev = void 0;
  let overflow = false;
  let i = -1;
  let escStart = -1;
  let escEnd = -1;
  if (mode === FOLD_BLOCK) {
    i = consumeMoreIndentedLines(text, i, indent.length);
    if (i !== -1)
      end = i + endStep;
  }
  for (let ch; ch = text[i += 1]; ) {
    if (mode === FOLD_QUOTED && ch === "\\") {
      escStart = i;
      switch (text[i + 1]) {
        case "x":
          i += 3;
          break;
        case "u":
          i += 5;
          break;
        case "U":
          i += 9;
          break;
        default:
          i += 1;
      }
      escEnd = i;
    }
    if (ch === "\n") {
      if (mode === FOLD_BLOCK)
        i = consumeMoreIndentedLines(text, i, indent.length);
      end = i + indent.length + endStep;
      split = void 0;
    } else {
      if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
        const next = text[i + 1];
        if (next && next !== " " && next !== "\n" && next !== "	")
          split = i;
      }
      if (i >= end) {
        if (split) {
          folds.push(split);
          end = split + endStep;
          split = void 0;
        } else if (mode === FOLD_QUOTED) {
          while (prev === " " || prev === "	") {
            prev = ch;
            ch = text[i += 1];
            overflow = true;
          }
          const j = i > escEnd + 1 ? i - 2 : escStart - 1;
          if (escapedFolds[j])
            return text;
          folds.push(j);
          escapedFolds[j] = true;
          end = j + endStep;
          split = void 0;
        } else {
          overflow = true;
        }
      }
    }
    prev = ch;
  }
  if (overflow && onOverflow)
    onOverflow();
  if (folds.length === 0)
    return text;
  if (onFold)
    onFold();
  let res = text.slice(0, folds[0]);
  for (let i2 = 0; i2 < folds.length; ++i2) {
    const fold = folds[i2];
    const end2 = folds[i2 + 1] || text.length;
    if (fold === 0)
      res = `
${indent}${text.slice(0, end2)}`;
    else {
      if (mode === FOLD_QUOTED && escapedFolds[fold])
        res += `${text[fold]}\\`;
      res += `
${indent}${text.slice(fold + 1, end2)}`;
    }
  }
  return res;
}
function consumeMoreIndentedLines(text, i, indent) {
  let end = i;
  let start = i + 1;
  let ch = text[start];
  while (ch === " " || ch === "	") {
    if (i < start + indent) {
      ch = text[++i];
    } else {
      do {
        ch = text[++i];
      } while (ch && ch !== "\n");
      end = i;
      start = i + 1;
      ch = text[start];
    }
  }
  return end;
}

// node_modules/yaml/browser/dist/stringify/stringifyString.js
var getFoldOptions = (ctx, isBlock2) => ({
  indentAtStart: isBlock2 ? ctx.indent.length : ctx.indentAtStart,
  lineWidth: ctx.options.lineWidth,
  minContentWidth: ctx.options.minContentWidth
});
var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
function lineLengthOverLimit(str2, lineWidth, indentLength) {
  if (!lineWidth || lineWidth < 0)
    return false;
  const limit = lineWidth - indentLength;
  const strLen = str2.length;
  if (strLen <= limit)
    return false;
  for (let i = 0, start = 0; i < strLen; ++i) {
    if (str2[i] === "\n") {
      if (i - start > limit)
        return true;
      start = i + 1;
      if (strLen - start <= limit)
        return false;
    }
  }
  return true;
}
function doubleQuotedString(value, ctx) {
  const json = JSON.stringify(value);
  if (ctx.options.doubleQuotedAsJSON)
    return json;
  const { implicitKey } = ctx;
  const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  let str2 = "";
  let start = 0;
  for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
    if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
      str2 += json.slice(start, i) + "\\ ";
      i += 1;
      start = i;
      ch = "\\";
    }
    if (ch === "\\")
      switch (json[i + 1]) {
        case "u":
          {
            str2 += json.slice(start, i);
            const code = json.substr(i + 2, 4);
            switch (code) {
              case "0000":
                str2 += "\\0";
                break;
              case "0007":
                str2 += "\\a";
                break;
              case "000b":
                str2 += "\\v";
                break;
              case "001b":
                str2 += "\\e";
                break;
              case "0085":
                str2 += "\\N";
                break;
              case "00a0":
                str2 += "\\_";
                break;
              case "2028":
                str2 += "\\L";
                break;
              case "2029":
                str2 += "\\P";
                break;
              default:
                if (code.substr(0, 2) === "00")
                  str2 += "\\x" + code.substr(2);
                else
                  str2 += json.substr(i, 6);
            }
            i += 5;
            start = i + 1;
          }
          break;
        case "n":
          if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
            i += 1;
          } else {
            str2 += json.slice(start, i) + "\n\n";
            while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
              str2 += "\n";
              i += 2;
            }
            str2 += indent;
            if (json[i + 2] === " ")
              str2 += "\\";
            i += 1;
            start = i + 1;
          }
          break;
        default:
          i += 1;
      }
  }
  str2 = start ? str2 + json.slice(start) : json;
  return implicitKey ? str2 : foldFlowLines(str2, indent, FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
  if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
    return doubleQuotedString(value, ctx);
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
  return ctx.implicitKey ? res : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
  const { singleQuote } = ctx.options;
  let qs;
  if (singleQuote === false)
    qs = doubleQuotedString;
  else {
    const hasDouble = value.includes('"');
    const hasSingle = value.includes("'");
    if (hasDouble && !hasSingle)
      qs = singleQuotedString;
    else if (hasSingle && !hasDouble)
      qs = doubleQuotedString;
    else
      qs = singleQuote ? singleQuotedString : doubleQuotedString;
  }
  return qs(value, ctx);
}
var blockEndNewlines;
try {
  blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
} catch {
  blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
  const { blockQuote, commentString, lineWidth } = ctx.options;
  if (!blockQuote || /\n[\t ]+$/.test(value)) {
    return quotedString(value, ctx);
  }
  const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
  const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.BLOCK_FOLDED ? false : type === Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
  if (!value)
    return literal ? "|\n" : ">\n";
  let chomp;
  let endStart;
  for (endStart = value.length; endStart > 0; --endStart) {
    const ch = value[endStart - 1];
    if (ch !== "\n" && ch !== "	" && ch !== " ")
      break;
  }
  let end = value.substring(endStart);
  const endNlPos = end.indexOf("\n");
  if (endNlPos === -1) {
    chomp = "-";
  } else if (value === end || endNlPos !== end.length - 1) {
    chomp = "+";
    if (onChompKeep)
      onChompKeep();
  } else {
    chomp = "";
  }
  if (end) {
    value = value.slice(0, -end.length);
    if (end[end.length - 1] === "\n")
      end = end.slice(0, -1);
    end = end.replace(blockEndNewlines, `$&${indent}`);
  }
  let startWithSpace = false;
  let startEnd;
  let startNlPos = -1;
  for (startEnd = 0; startEnd < value.length; ++startEnd) {
    const ch = value[startEnd];
    if (ch === " ")
      startWithSpace = true;
    else if (ch === "\n")
      startNlPos = startEnd;
    else
      break;
  }
  let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
  if (start) {
    value = value.substring(start.length);
    start = start.replace(/\n+/g, `$&${indent}`);
  }
  const indentSize = indent ? "2" : "1";
  let header = (startWithSpace ? indentSize : "") + chomp;
  if (comment) {
    header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
    if (onComment)
      onComment();
  }
  if (!literal) {
    const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
    let literalFallback = false;
    const foldOptions = getFoldOptions(ctx, true);
    if (blockQuote !== "folded" && type !== Scalar.BLOCK_FOLDED) {
      foldOptions.onOverflow = () => {
        literalFallback = true;
      };
    }
    const body = foldFlowLines(`${start}${foldedValue}${end}`, indent, FOLD_BLOCK, foldOptions);
    if (!literalFallback)
      return `>${header}
${indent}${body}`;
  }
  value = value.replace(/\n+/g, `$&${indent}`);
  return `|${header}
${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
  const { type, value } = item;
  const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
  if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
    return quotedString(value, ctx);
  }
  if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
    return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
  }
  if (!implicitKey && !inFlow && type !== Scalar.PLAIN && value.includes("\n")) {
    return blockString(item, ctx, onComment, onChompKeep);
  }
  if (containsDocumentMarker(value)) {
    if (indent === "") {
      ctx.forceBlockIndent = true;
      return blockString(item, ctx, onComment, onChompKeep);
    } else if (implicitKey && indent === indentStep) {
      return quotedString(value, ctx);
    }
  }
  const str2 = value.replace(/\n+/g, `$&
${indent}`);
  if (actualString) {
    const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
    const { compat, tags } = ctx.doc.schema;
    if (tags.some(test) || compat?.some(test))
      return quotedString(value, ctx);
  }
  return implicitKey ? str2 : foldFlowLines(str2, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
  const { implicitKey, inFlow } = ctx;
  const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
  let { type } = item;
  if (type !== Scalar.QUOTE_DOUBLE) {
    if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
      type = Scalar.QUOTE_DOUBLE;
  }
  const _stringify = (_type) => {
    switch (_type) {
      case Scalar.BLOCK_FOLDED:
      case Scalar.BLOCK_LITERAL:
        return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
      case Scalar.QUOTE_DOUBLE:
        return doubleQuotedString(ss.value, ctx);
      case Scalar.QUOTE_SINGLE:
        return singleQuotedString(ss.value, ctx);
      case Scalar.PLAIN:
        return plainString(ss, ctx, onComment, onChompKeep);
      default:
        return null;
    }
  };
  let res = _stringify(type);
  if (res === null) {
    const { defaultKeyType, defaultStringType } = ctx.options;
    const t = implicitKey && defaultKeyType || defaultStringType;
    res = _stringify(t);
    if (res === null)
      throw new Error(`Unsupported default string type ${t}`);
  }
  return res;
}

// node_modules/yaml/browser/dist/stringify/stringify.js
function createStringifyContext(doc, options) {
  const opt = Object.assign({
    blockQuote: true,
    commentString: stringifyComment,
    defaultKeyType: null,
    defaultStringType: "PLAIN",
    directives: null,
    doubleQuotedAsJSON: false,
    doubleQuotedMinMultiLineLength: 40,
    falseStr: "false",
    flowCollectionPadding: true,
    indentSeq: true,
    lineWidth: 80,
    minContentWidth: 20,
    nullStr: "null",
    simpleKeys: false,
    singleQuote: null,
    trailingComma: false,
    trueStr: "true",
    verifyAliasOrder: true
  }, doc.schema.toStringOptions, options);
  let inFlow;
  switch (opt.collectionStyle) {
    case "block":
      inFlow = false;
      break;
    case "flow":
      inFlow = true;
      break;
    default:
      inFlow = null;
  }
  return {
    anchors: /* @__PURE__ */ new Set(),
    doc,
    flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
    indent: "",
    indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
    inFlow,
    options: opt
  };
}
function getTagObject(tags, item) {
  if (item.tag) {
    const match = tags.filter((t) => t.tag === item.tag);
    if (match.length > 0)
      return match.find((t) => t.format === item.format) ?? match[0];
  }
  let tagObj = void 0;
  let obj2;
  if (isScalar(item)) {
    obj2 = item.value;
    let match = tags.filter((t) => t.identify?.(obj2));
    if (match.length > 1) {
      const testMatch = match.filter((t) => t.test);
      if (testMatch.length > 0)
        match = testMatch;
    }
    tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
  } else {
    obj2 = item;
    tagObj = tags.find((t) => t.nodeClass && obj2 instanceof t.nodeClass);
  }
  if (!tagObj) {
    const name = obj2?.constructor?.name ?? (obj2 === null ? "null" : typeof obj2);
    throw new Error(`Tag not resolved for ${name} value`);
  }
  return tagObj;
}
function stringifyProps(node, tagObj, { anchors, doc }) {
  if (!doc.directives)
    return "";
  const props = [];
  const anchor = (isScalar(node) || isCollection(node)) && node.anchor;
  if (anchor && anchorIsValid(anchor)) {
    anchors.add(anchor);
    props.push(`&${anchor}`);
  }
  const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
  if (tag)
    props.push(doc.directives.tagString(tag));
  return props.join(" ");
}
function stringify(item, ctx, onComment, onChompKeep) {
  if (isPair(item))
    return item.toString(ctx, onComment, onChompKeep);
  if (isAlias(item)) {
    if (ctx.doc.directives)
      return item.toString(ctx);
    if (ctx.resolvedAliases?.has(item)) {
      throw new TypeError(`Cannot stringify circular structure without alias nodes`);
    } else {
      if (ctx.resolvedAliases)
        ctx.resolvedAliases.add(item);
      else
        ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
      item = item.resolve(ctx.doc);
    }
  }
  let tagObj = void 0;
  const node = isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
  tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
  const props = stringifyProps(node, tagObj, ctx);
  if (props.length > 0)
    ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
  const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : isScalar(node) ? stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
  if (!props)
    return str2;
  return isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
}

// node_modules/yaml/browser/dist/stringify/stringifyPair.js
function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
  const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
  let keyComment = isNode(key) && key.comment || null;
  if (simpleKeys) {
    if (keyComment) {
      throw new Error("With simple keys, key nodes cannot have comments");
    }
    if (isCollection(key) || !isNode(key) && typeof key === "object") {
      const msg = "With simple keys, collection cannot be used as a key value";
      throw new Error(msg);
    }
  }
  let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || isCollection(key) || (isScalar(key) ? key.type === Scalar.BLOCK_FOLDED || key.type === Scalar.BLOCK_LITERAL : typeof key === "object"));
  ctx = Object.assign({}, ctx, {
    allNullValues: false,
    implicitKey: !explicitKey && (simpleKeys || !allNullValues),
    indent: indent + indentStep
  });
  let keyCommentDone = false;
  let chompKeep = false;
  let str2 = stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
  if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
    if (simpleKeys)
      throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
    explicitKey = true;
  }
  if (ctx.inFlow) {
    if (allNullValues || value == null) {
      if (keyCommentDone && onComment)
        onComment();
      return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
    }
  } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
    str2 = `? ${str2}`;
    if (keyComment && !keyCommentDone) {
      str2 += lineComment(str2, ctx.indent, commentString(keyComment));
    } else if (chompKeep && onChompKeep)
      onChompKeep();
    return str2;
  }
  if (keyCommentDone)
    keyComment = null;
  if (explicitKey) {
    if (keyComment)
      str2 += lineComment(str2, ctx.indent, commentString(keyComment));
    str2 = `? ${str2}
${indent}:`;
  } else {
    str2 = `${str2}:`;
    if (keyComment)
      str2 += lineComment(str2, ctx.indent, commentString(keyComment));
  }
  let vsb, vcb, valueComment;
  if (isNode(value)) {
    vsb = !!value.spaceBefore;
    vcb = value.commentBefore;
    valueComment = value.comment;
  } else {
    vsb = false;
    vcb = null;
    valueComment = null;
    if (value && typeof value === "object")
      value = doc.createNode(value);
  }
  ctx.implicitKey = false;
  if (!explicitKey && !keyComment && isScalar(value))
    ctx.indentAtStart = str2.length + 1;
  chompKeep = false;
  if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && isSeq(value) && !value.flow && !value.tag && !value.anchor) {
    ctx.indent = ctx.indent.substring(2);
  }
  let valueCommentDone = false;
  const valueStr = stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
  let ws = " ";
  if (keyComment || vsb || vcb) {
    ws = vsb ? "\n" : "";
    if (vcb) {
      const cs = commentString(vcb);
      ws += `
${indentComment(cs, ctx.indent)}`;
    }
    if (valueStr === "" && !ctx.inFlow) {
      if (ws === "\n" && valueComment)
        ws = "\n\n";
    } else {
      ws += `
${ctx.indent}`;
    }
  } else if (!explicitKey && isCollection(value)) {
    const vs0 = valueStr[0];
    const nl0 = valueStr.indexOf("\n");
    const hasNewline = nl0 !== -1;
    const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
    if (hasNewline || !flow) {
      let hasPropsLine = false;
      if (hasNewline && (vs0 === "&" || vs0 === "!")) {
        let sp0 = valueStr.indexOf(" ");
        if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
          sp0 = valueStr.indexOf(" ", sp0 + 1);
        }
        if (sp0 === -1 || nl0 < sp0)
          hasPropsLine = true;
      }
      if (!hasPropsLine)
        ws = `
${ctx.indent}`;
    }
  } else if (valueStr === "" || valueStr[0] === "\n") {
    ws = "";
  }
  str2 += ws + valueStr;
  if (ctx.inFlow) {
    if (valueCommentDone && onComment)
      onComment();
  } else if (valueComment && !valueCommentDone) {
    str2 += lineComment(str2, ctx.indent, commentString(valueComment));
  } else if (chompKeep && onChompKeep) {
    onChompKeep();
  }
  return str2;
}

// node_modules/yaml/browser/dist/log.js
function warn(logLevel, warning) {
  if (logLevel === "debug" || logLevel === "warn") {
    console.warn(warning);
  }
}

// node_modules/yaml/browser/dist/schema/yaml-1.1/merge.js
var MERGE_KEY = "<<";
var merge = {
  identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
  default: "key",
  tag: "tag:yaml.org,2002:merge",
  test: /^<<$/,
  resolve: () => Object.assign(new Scalar(Symbol(MERGE_KEY)), {
    addToJSMap: addMergeToJSMap
  }),
  stringify: () => MERGE_KEY
};
var isMergeKey = (ctx, key) => (merge.identify(key) || isScalar(key) && (!key.type || key.type === Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (isSeq(source))
    for (const it of source.items)
      mergeValue(ctx, map2, it);
  else if (Array.isArray(source))
    for (const it of source)
      mergeValue(ctx, map2, it);
  else
    mergeValue(ctx, map2, source);
}
function mergeValue(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (!isMap(source))
    throw new Error("Merge sources must be maps or map aliases");
  const srcMap = source.toJSON(null, ctx, Map);
  for (const [key, value2] of srcMap) {
    if (map2 instanceof Map) {
      if (!map2.has(key))
        map2.set(key, value2);
    } else if (map2 instanceof Set) {
      map2.add(key);
    } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
      Object.defineProperty(map2, key, {
        value: value2,
        writable: true,
        enumerable: true,
        configurable: true
      });
    }
  }
  return map2;
}
function resolveAliasValue(ctx, value) {
  return ctx && isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

// node_modules/yaml/browser/dist/nodes/addPairToJSMap.js
function addPairToJSMap(ctx, map2, { key, value }) {
  if (isNode(key) && key.addToJSMap)
    key.addToJSMap(ctx, map2, value);
  else if (isMergeKey(ctx, key))
    addMergeToJSMap(ctx, map2, value);
  else {
    const jsKey = toJS(key, "", ctx);
    if (map2 instanceof Map) {
      map2.set(jsKey, toJS(value, jsKey, ctx));
    } else if (map2 instanceof Set) {
      map2.add(jsKey);
    } else {
      const stringKey = stringifyKey(key, jsKey, ctx);
      const jsValue = toJS(value, stringKey, ctx);
      if (stringKey in map2)
        Object.defineProperty(map2, stringKey, {
          value: jsValue,
          writable: true,
          enumerable: true,
          configurable: true
        });
      else
        map2[stringKey] = jsValue;
    }
  }
  return map2;
}
function stringifyKey(key, jsKey, ctx) {
  if (jsKey === null)
    return "";
  if (typeof jsKey !== "object")
    return String(jsKey);
  if (isNode(key) && ctx?.doc) {
    const strCtx = createStringifyContext(ctx.doc, {});
    strCtx.anchors = /* @__PURE__ */ new Set();
    for (const node of ctx.anchors.keys())
      strCtx.anchors.add(node.anchor);
    strCtx.inFlow = true;
    strCtx.inStringifyKey = true;
    const strKey = key.toString(strCtx);
    if (!ctx.mapKeyWarned) {
      let jsonStr = JSON.stringify(strKey);
      if (jsonStr.length > 40)
        jsonStr = jsonStr.substring(0, 36) + '..."';
      warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
      ctx.mapKeyWarned = true;
    }
    return strKey;
  }
  return JSON.stringify(jsKey);
}

// node_modules/yaml/browser/dist/nodes/Pair.js
function createPair(key, value, ctx) {
  const k = createNode(key, void 0, ctx);
  const v = createNode(value, void 0, ctx);
  return new Pair(k, v);
}
var Pair = class _Pair {
  constructor(key, value = null) {
    Object.defineProperty(this, NODE_TYPE, { value: PAIR });
    this.key = key;
    this.value = value;
  }
  clone(schema4) {
    let { key, value } = this;
    if (isNode(key))
      key = key.clone(schema4);
    if (isNode(value))
      value = value.clone(schema4);
    return new _Pair(key, value);
  }
  toJSON(_, ctx) {
    const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    return addPairToJSMap(ctx, pair, this);
  }
  toString(ctx, onComment, onChompKeep) {
    return ctx?.doc ? stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyCollection.js
function stringifyCollection(collection, ctx, options) {
  const flow = ctx.inFlow ?? collection.flow;
  const stringify4 = flow ? stringifyFlowCollection : stringifyBlockCollection;
  return stringify4(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
  const { indent, options: { commentString } } = ctx;
  const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
  let chompKeep = false;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment2 = null;
    if (isNode(item)) {
      if (!chompKeep && item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
      if (item.comment)
        comment2 = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (!chompKeep && ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
      }
    }
    chompKeep = false;
    let str3 = stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
    if (comment2)
      str3 += lineComment(str3, itemIndent, commentString(comment2));
    if (chompKeep && comment2)
      chompKeep = false;
    lines.push(blockItemPrefix + str3);
  }
  let str2;
  if (lines.length === 0) {
    str2 = flowChars.start + flowChars.end;
  } else {
    str2 = lines[0];
    for (let i = 1; i < lines.length; ++i) {
      const line = lines[i];
      str2 += line ? `
${indent}${line}` : "\n";
    }
  }
  if (comment) {
    str2 += "\n" + indentComment(commentString(comment), indent);
    if (onComment)
      onComment();
  } else if (chompKeep && onChompKeep)
    onChompKeep();
  return str2;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
  const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
  itemIndent += indentStep;
  const itemCtx = Object.assign({}, ctx, {
    indent: itemIndent,
    inFlow: true,
    type: null
  });
  let reqNewline = false;
  let linesAtValue = 0;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment = null;
    if (isNode(item)) {
      if (item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, false);
      if (item.comment)
        comment = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, false);
        if (ik.comment)
          reqNewline = true;
      }
      const iv = isNode(item.value) ? item.value : null;
      if (iv) {
        if (iv.comment)
          comment = iv.comment;
        if (iv.commentBefore)
          reqNewline = true;
      } else if (item.value == null && ik?.comment) {
        comment = ik.comment;
      }
    }
    if (comment)
      reqNewline = true;
    let str2 = stringify(item, itemCtx, () => comment = null);
    reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
    if (i < items.length - 1) {
      str2 += ",";
    } else if (ctx.options.trailingComma) {
      if (ctx.options.lineWidth > 0) {
        reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
      }
      if (reqNewline) {
        str2 += ",";
      }
    }
    if (comment)
      str2 += lineComment(str2, itemIndent, commentString(comment));
    lines.push(str2);
    linesAtValue = lines.length;
  }
  const { start, end } = flowChars;
  if (lines.length === 0) {
    return start + end;
  } else {
    if (!reqNewline) {
      const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
      reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
    }
    if (reqNewline) {
      let str2 = start;
      for (const line of lines)
        str2 += line ? `
${indentStep}${indent}${line}` : "\n";
      return `${str2}
${indent}${end}`;
    } else {
      return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
    }
  }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
  if (comment && chompKeep)
    comment = comment.replace(/^\n+/, "");
  if (comment) {
    const ic = indentComment(commentString(comment), indent);
    lines.push(ic.trimStart());
  }
}

// node_modules/yaml/browser/dist/nodes/YAMLMap.js
function findPair(items, key) {
  const k = isScalar(key) ? key.value : key;
  for (const it of items) {
    if (isPair(it)) {
      if (it.key === key || it.key === k)
        return it;
      if (isScalar(it.key) && it.key.value === k)
        return it;
    }
  }
  return void 0;
}
var YAMLMap = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:map";
  }
  constructor(schema4) {
    super(MAP, schema4);
    this.items = [];
  }
  /**
   * A generic collection parsing method that can be extended
   * to other node classes that inherit from YAMLMap
   */
  static from(schema4, obj2, ctx) {
    const { keepUndefined, replacer } = ctx;
    const map2 = new this(schema4);
    const add = (key, value) => {
      if (typeof replacer === "function")
        value = replacer.call(obj2, key, value);
      else if (Array.isArray(replacer) && !replacer.includes(key))
        return;
      if (value !== void 0 || keepUndefined)
        map2.items.push(createPair(key, value, ctx));
    };
    if (obj2 instanceof Map) {
      for (const [key, value] of obj2)
        add(key, value);
    } else if (obj2 && typeof obj2 === "object") {
      for (const key of Object.keys(obj2))
        add(key, obj2[key]);
    }
    if (typeof schema4.sortMapEntries === "function") {
      map2.items.sort(schema4.sortMapEntries);
    }
    return map2;
  }
  /**
   * Adds a value to the collection.
   *
   * @param overwrite - If not set `true`, using a key that is already in the
   *   collection will throw. Otherwise, overwrites the previous value.
   */
  add(pair, overwrite) {
    let _pair;
    if (isPair(pair))
      _pair = pair;
    else if (!pair || typeof pair !== "object" || !("key" in pair)) {
      _pair = new Pair(pair, pair?.value);
    } else
      _pair = new Pair(pair.key, pair.value);
    const prev = findPair(this.items, _pair.key);
    const sortEntries = this.schema?.sortMapEntries;
    if (prev) {
      if (!overwrite)
        throw new Error(`Key ${_pair.key} already set`);
      if (isScalar(prev.value) && isScalarValue(_pair.value))
        prev.value.value = _pair.value;
      else
        prev.value = _pair.value;
    } else if (sortEntries) {
      const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
      if (i === -1)
        this.items.push(_pair);
      else
        this.items.splice(i, 0, _pair);
    } else {
      this.items.push(_pair);
    }
  }
  delete(key) {
    const it = findPair(this.items, key);
    if (!it)
      return false;
    const del = this.items.splice(this.items.indexOf(it), 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const it = findPair(this.items, key);
    const node = it?.value;
    return (!keepScalar && isScalar(node) ? node.value : node) ?? void 0;
  }
  has(key) {
    return !!findPair(this.items, key);
  }
  set(key, value) {
    this.add(new Pair(key, value), true);
  }
  /**
   * @param ctx - Conversion context, originally set in Document#toJS()
   * @param {Class} Type - If set, forces the returned collection type
   * @returns Instance of Type, Map, or Object
   */
  toJSON(_, ctx, Type) {
    const map2 = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const item of this.items)
      addPairToJSMap(ctx, map2, item);
    return map2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    for (const item of this.items) {
      if (!isPair(item))
        throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
    }
    if (!ctx.allNullValues && this.hasAllNullValues(false))
      ctx = Object.assign({}, ctx, { allNullValues: true });
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "",
      flowChars: { start: "{", end: "}" },
      itemIndent: ctx.indent || "",
      onChompKeep,
      onComment
    });
  }
};

// node_modules/yaml/browser/dist/schema/common/map.js
var map = {
  collection: "map",
  default: true,
  nodeClass: YAMLMap,
  tag: "tag:yaml.org,2002:map",
  resolve(map2, onError) {
    if (!isMap(map2))
      onError("Expected a mapping for this tag");
    return map2;
  },
  createNode: (schema4, obj2, ctx) => YAMLMap.from(schema4, obj2, ctx)
};

// node_modules/yaml/browser/dist/nodes/YAMLSeq.js
var YAMLSeq = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:seq";
  }
  constructor(schema4) {
    super(SEQ, schema4);
    this.items = [];
  }
  add(value) {
    this.items.push(value);
  }
  /**
   * Removes a value from the collection.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   *
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return false;
    const del = this.items.splice(idx, 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return void 0;
    const it = this.items[idx];
    return !keepScalar && isScalar(it) ? it.value : it;
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   */
  has(key) {
    const idx = asItemIndex(key);
    return typeof idx === "number" && idx < this.items.length;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   *
   * If `key` does not contain a representation of an integer, this will throw.
   * It may be wrapped in a `Scalar`.
   */
  set(key, value) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      throw new Error(`Expected a valid index, not ${key}.`);
    const prev = this.items[idx];
    if (isScalar(prev) && isScalarValue(value))
      prev.value = value;
    else
      this.items[idx] = value;
  }
  toJSON(_, ctx) {
    const seq2 = [];
    if (ctx?.onCreate)
      ctx.onCreate(seq2);
    let i = 0;
    for (const item of this.items)
      seq2.push(toJS(item, String(i++), ctx));
    return seq2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "- ",
      flowChars: { start: "[", end: "]" },
      itemIndent: (ctx.indent || "") + "  ",
      onChompKeep,
      onComment
    });
  }
  static from(schema4, obj2, ctx) {
    const { replacer } = ctx;
    const seq2 = new this(schema4);
    if (obj2 && Symbol.iterator in Object(obj2)) {
      let i = 0;
      for (let it of obj2) {
        if (typeof replacer === "function") {
          const key = obj2 instanceof Set ? it : String(i++);
          it = replacer.call(obj2, key, it);
        }
        seq2.items.push(createNode(it, void 0, ctx));
      }
    }
    return seq2;
  }
};
function asItemIndex(key) {
  let idx = isScalar(key) ? key.value : key;
  if (idx && typeof idx === "string")
    idx = Number(idx);
  return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
}

// node_modules/yaml/browser/dist/schema/common/seq.js
var seq = {
  collection: "seq",
  default: true,
  nodeClass: YAMLSeq,
  tag: "tag:yaml.org,2002:seq",
  resolve(seq2, onError) {
    if (!isSeq(seq2))
      onError("Expected a sequence for this tag");
    return seq2;
  },
  createNode: (schema4, obj2, ctx) => YAMLSeq.from(schema4, obj2, ctx)
};

// node_modules/yaml/browser/dist/schema/common/string.js
var string = {
  identify: (value) => typeof value === "string",
  default: true,
  tag: "tag:yaml.org,2002:str",
  resolve: (str2) => str2,
  stringify(item, ctx, onComment, onChompKeep) {
    ctx = Object.assign({ actualString: true }, ctx);
    return stringifyString(item, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/common/null.js
var nullTag = {
  identify: (value) => value == null,
  createNode: () => new Scalar(null),
  default: true,
  tag: "tag:yaml.org,2002:null",
  test: /^(?:~|[Nn]ull|NULL)?$/,
  resolve: () => new Scalar(null),
  stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
};

// node_modules/yaml/browser/dist/schema/core/bool.js
var boolTag = {
  identify: (value) => typeof value === "boolean",
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  resolve: (str2) => new Scalar(str2[0] === "t" || str2[0] === "T"),
  stringify({ source, value }, ctx) {
    if (source && boolTag.test.test(source)) {
      const sv = source[0] === "t" || source[0] === "T";
      if (value === sv)
        return source;
    }
    return value ? ctx.options.trueStr : ctx.options.falseStr;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyNumber.js
function stringifyNumber({ format, minFractionDigits, tag, value }) {
  if (typeof value === "bigint")
    return String(value);
  const num3 = typeof value === "number" ? value : Number(value);
  if (!isFinite(num3))
    return isNaN(num3) ? ".nan" : num3 < 0 ? "-.inf" : ".inf";
  let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
  if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
    let i = n.indexOf(".");
    if (i < 0) {
      i = n.length;
      n += ".";
    }
    let d = minFractionDigits - (n.length - i - 1);
    while (d-- > 0)
      n += "0";
  }
  return n;
}

// node_modules/yaml/browser/dist/schema/core/float.js
var floatNaN = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  resolve: (str2) => parseFloat(str2),
  stringify(node) {
    const num3 = Number(node.value);
    return isFinite(num3) ? num3.toExponential() : stringifyNumber(node);
  }
};
var float = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  resolve(str2) {
    const node = new Scalar(parseFloat(str2));
    const dot = str2.indexOf(".");
    if (dot !== -1 && str2[str2.length - 1] === "0")
      node.minFractionDigits = str2.length - dot - 1;
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/core/int.js
var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
function intStringify(node, radix, prefix) {
  const { value } = node;
  if (intIdentify(value) && value >= 0)
    return prefix + value.toString(radix);
  return stringifyNumber(node);
}
var intOct = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^0o[0-7]+$/,
  resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
  stringify: (node) => intStringify(node, 8, "0o")
};
var int = {
  identify: intIdentify,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9]+$/,
  resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^0x[0-9a-fA-F]+$/,
  resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
  stringify: (node) => intStringify(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/core/schema.js
var schema = [
  map,
  seq,
  string,
  nullTag,
  boolTag,
  intOct,
  int,
  intHex,
  floatNaN,
  floatExp,
  float
];

// node_modules/yaml/browser/dist/schema/json/schema.js
function intIdentify2(value) {
  return typeof value === "bigint" || Number.isInteger(value);
}
var stringifyJSON = ({ value }) => JSON.stringify(value);
var jsonScalars = [
  {
    identify: (value) => typeof value === "string",
    default: true,
    tag: "tag:yaml.org,2002:str",
    resolve: (str2) => str2,
    stringify: stringifyJSON
  },
  {
    identify: (value) => value == null,
    createNode: () => new Scalar(null),
    default: true,
    tag: "tag:yaml.org,2002:null",
    test: /^null$/,
    resolve: () => null,
    stringify: stringifyJSON
  },
  {
    identify: (value) => typeof value === "boolean",
    default: true,
    tag: "tag:yaml.org,2002:bool",
    test: /^true$|^false$/,
    resolve: (str2) => str2 === "true",
    stringify: stringifyJSON
  },
  {
    identify: intIdentify2,
    default: true,
    tag: "tag:yaml.org,2002:int",
    test: /^-?(?:0|[1-9][0-9]*)$/,
    resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
    stringify: ({ value }) => intIdentify2(value) ? value.toString() : JSON.stringify(value)
  },
  {
    identify: (value) => typeof value === "number",
    default: true,
    tag: "tag:yaml.org,2002:float",
    test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
    resolve: (str2) => parseFloat(str2),
    stringify: stringifyJSON
  }
];
var jsonError = {
  default: true,
  tag: "",
  test: /^/,
  resolve(str2, onError) {
    onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
    return str2;
  }
};
var schema2 = [map, seq].concat(jsonScalars, jsonError);

// node_modules/yaml/browser/dist/schema/yaml-1.1/binary.js
var binary = {
  identify: (value) => value instanceof Uint8Array,
  // Buffer inherits from Uint8Array
  default: false,
  tag: "tag:yaml.org,2002:binary",
  /**
   * Returns a Buffer in node and an Uint8Array in browsers
   *
   * To use the resulting buffer as an image, you'll want to do something like:
   *
   *   const blob = new Blob([buffer], { type: 'image/jpeg' })
   *   document.querySelector('#photo').src = URL.createObjectURL(blob)
   */
  resolve(src, onError) {
    if (typeof atob === "function") {
      const str2 = atob(src.replace(/[\n\r]/g, ""));
      const buffer = new Uint8Array(str2.length);
      for (let i = 0; i < str2.length; ++i)
        buffer[i] = str2.charCodeAt(i);
      return buffer;
    } else {
      onError("This environment does not support reading binary tags; either Buffer or atob is required");
      return src;
    }
  },
  stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
    if (!value)
      return "";
    const buf = value;
    let str2;
    if (typeof btoa === "function") {
      let s = "";
      for (let i = 0; i < buf.length; ++i)
        s += String.fromCharCode(buf[i]);
      str2 = btoa(s);
    } else {
      throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
    }
    type ?? (type = Scalar.BLOCK_LITERAL);
    if (type !== Scalar.QUOTE_DOUBLE) {
      const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
      const n = Math.ceil(str2.length / lineWidth);
      const lines = new Array(n);
      for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
        lines[i] = str2.substr(o, lineWidth);
      }
      str2 = lines.join(type === Scalar.BLOCK_LITERAL ? "\n" : " ");
    }
    return stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/pairs.js
function resolvePairs(seq2, onError) {
  if (isSeq(seq2)) {
    for (let i = 0; i < seq2.items.length; ++i) {
      let item = seq2.items[i];
      if (isPair(item))
        continue;
      else if (isMap(item)) {
        if (item.items.length > 1)
          onError("Each pair must have its own sequence indicator");
        const pair = item.items[0] || new Pair(new Scalar(null));
        if (item.commentBefore)
          pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
        if (item.comment) {
          const cn = pair.value ?? pair.key;
          cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
        }
        item = pair;
      }
      seq2.items[i] = isPair(item) ? item : new Pair(item);
    }
  } else
    onError("Expected a sequence for this tag");
  return seq2;
}
function createPairs(schema4, iterable, ctx) {
  const { replacer } = ctx;
  const pairs2 = new YAMLSeq(schema4);
  pairs2.tag = "tag:yaml.org,2002:pairs";
  let i = 0;
  if (iterable && Symbol.iterator in Object(iterable))
    for (let it of iterable) {
      if (typeof replacer === "function")
        it = replacer.call(iterable, String(i++), it);
      let key, value;
      if (Array.isArray(it)) {
        if (it.length === 2) {
          key = it[0];
          value = it[1];
        } else
          throw new TypeError(`Expected [key, value] tuple: ${it}`);
      } else if (it && it instanceof Object) {
        const keys = Object.keys(it);
        if (keys.length === 1) {
          key = keys[0];
          value = it[key];
        } else {
          throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
        }
      } else {
        key = it;
      }
      pairs2.items.push(createPair(key, value, ctx));
    }
  return pairs2;
}
var pairs = {
  collection: "seq",
  default: false,
  tag: "tag:yaml.org,2002:pairs",
  resolve: resolvePairs,
  createNode: createPairs
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/omap.js
var YAMLOMap = class _YAMLOMap extends YAMLSeq {
  constructor() {
    super();
    this.add = YAMLMap.prototype.add.bind(this);
    this.delete = YAMLMap.prototype.delete.bind(this);
    this.get = YAMLMap.prototype.get.bind(this);
    this.has = YAMLMap.prototype.has.bind(this);
    this.set = YAMLMap.prototype.set.bind(this);
    this.tag = _YAMLOMap.tag;
  }
  /**
   * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
   * but TypeScript won't allow widening the signature of a child method.
   */
  toJSON(_, ctx) {
    if (!ctx)
      return super.toJSON(_);
    const map2 = /* @__PURE__ */ new Map();
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const pair of this.items) {
      let key, value;
      if (isPair(pair)) {
        key = toJS(pair.key, "", ctx);
        value = toJS(pair.value, key, ctx);
      } else {
        key = toJS(pair, "", ctx);
      }
      if (map2.has(key))
        throw new Error("Ordered maps must not include duplicate keys");
      map2.set(key, value);
    }
    return map2;
  }
  static from(schema4, iterable, ctx) {
    const pairs2 = createPairs(schema4, iterable, ctx);
    const omap2 = new this();
    omap2.items = pairs2.items;
    return omap2;
  }
};
YAMLOMap.tag = "tag:yaml.org,2002:omap";
var omap = {
  collection: "seq",
  identify: (value) => value instanceof Map,
  nodeClass: YAMLOMap,
  default: false,
  tag: "tag:yaml.org,2002:omap",
  resolve(seq2, onError) {
    const pairs2 = resolvePairs(seq2, onError);
    const seenKeys = [];
    for (const { key } of pairs2.items) {
      if (isScalar(key)) {
        if (seenKeys.includes(key.value)) {
          onError(`Ordered maps must not include duplicate keys: ${key.value}`);
        } else {
          seenKeys.push(key.value);
        }
      }
    }
    return Object.assign(new YAMLOMap(), pairs2);
  },
  createNode: (schema4, iterable, ctx) => YAMLOMap.from(schema4, iterable, ctx)
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/bool.js
function boolStringify({ value, source }, ctx) {
  const boolObj = value ? trueTag : falseTag;
  if (source && boolObj.test.test(source))
    return source;
  return value ? ctx.options.trueStr : ctx.options.falseStr;
}
var trueTag = {
  identify: (value) => value === true,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
  resolve: () => new Scalar(true),
  stringify: boolStringify
};
var falseTag = {
  identify: (value) => value === false,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  resolve: () => new Scalar(false),
  stringify: boolStringify
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/float.js
var floatNaN2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
  stringify(node) {
    const num3 = Number(node.value);
    return isFinite(num3) ? num3.toExponential() : stringifyNumber(node);
  }
};
var float2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  resolve(str2) {
    const node = new Scalar(parseFloat(str2.replace(/_/g, "")));
    const dot = str2.indexOf(".");
    if (dot !== -1) {
      const f = str2.substring(dot + 1).replace(/_/g, "");
      if (f[f.length - 1] === "0")
        node.minFractionDigits = f.length;
    }
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/int.js
var intIdentify3 = (value) => typeof value === "bigint" || Number.isInteger(value);
function intResolve2(str2, offset, radix, { intAsBigInt }) {
  const sign = str2[0];
  if (sign === "-" || sign === "+")
    offset += 1;
  str2 = str2.substring(offset).replace(/_/g, "");
  if (intAsBigInt) {
    switch (radix) {
      case 2:
        str2 = `0b${str2}`;
        break;
      case 8:
        str2 = `0o${str2}`;
        break;
      case 16:
        str2 = `0x${str2}`;
        break;
    }
    const n2 = BigInt(str2);
    return sign === "-" ? BigInt(-1) * n2 : n2;
  }
  const n = parseInt(str2, radix);
  return sign === "-" ? -1 * n : n;
}
function intStringify2(node, radix, prefix) {
  const { value } = node;
  if (intIdentify3(value)) {
    const str2 = value.toString(radix);
    return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
  }
  return stringifyNumber(node);
}
var intBin = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "BIN",
  test: /^[-+]?0b[0-1_]+$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 2, 2, opt),
  stringify: (node) => intStringify2(node, 2, "0b")
};
var intOct2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^[-+]?0[0-7_]+$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 1, 8, opt),
  stringify: (node) => intStringify2(node, 8, "0")
};
var int2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9][0-9_]*$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^[-+]?0x[0-9a-fA-F_]+$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 2, 16, opt),
  stringify: (node) => intStringify2(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/set.js
var YAMLSet = class _YAMLSet extends YAMLMap {
  constructor(schema4) {
    super(schema4);
    this.tag = _YAMLSet.tag;
  }
  add(key) {
    let pair;
    if (isPair(key))
      pair = key;
    else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
      pair = new Pair(key.key, null);
    else
      pair = new Pair(key, null);
    const prev = findPair(this.items, pair.key);
    if (!prev)
      this.items.push(pair);
  }
  /**
   * If `keepPair` is `true`, returns the Pair matching `key`.
   * Otherwise, returns the value of that Pair's key.
   */
  get(key, keepPair) {
    const pair = findPair(this.items, key);
    return !keepPair && isPair(pair) ? isScalar(pair.key) ? pair.key.value : pair.key : pair;
  }
  set(key, value) {
    if (typeof value !== "boolean")
      throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
    const prev = findPair(this.items, key);
    if (prev && !value) {
      this.items.splice(this.items.indexOf(prev), 1);
    } else if (!prev && value) {
      this.items.push(new Pair(key));
    }
  }
  toJSON(_, ctx) {
    return super.toJSON(_, ctx, Set);
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    if (this.hasAllNullValues(true))
      return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
    else
      throw new Error("Set items must all have null values");
  }
  static from(schema4, iterable, ctx) {
    const { replacer } = ctx;
    const set2 = new this(schema4);
    if (iterable && Symbol.iterator in Object(iterable))
      for (let value of iterable) {
        if (typeof replacer === "function")
          value = replacer.call(iterable, value, value);
        set2.items.push(createPair(value, null, ctx));
      }
    return set2;
  }
};
YAMLSet.tag = "tag:yaml.org,2002:set";
var set = {
  collection: "map",
  identify: (value) => value instanceof Set,
  nodeClass: YAMLSet,
  default: false,
  tag: "tag:yaml.org,2002:set",
  createNode: (schema4, iterable, ctx) => YAMLSet.from(schema4, iterable, ctx),
  resolve(map2, onError) {
    if (isMap(map2)) {
      if (map2.hasAllNullValues(true))
        return Object.assign(new YAMLSet(), map2);
      else
        onError("Set items must all have null values");
    } else
      onError("Expected a mapping for this tag");
    return map2;
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/timestamp.js
function parseSexagesimal(str2, asBigInt) {
  const sign = str2[0];
  const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
  const num3 = (n) => asBigInt ? BigInt(n) : Number(n);
  const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num3(60) + num3(p), num3(0));
  return sign === "-" ? num3(-1) * res : res;
}
function stringifySexagesimal(node) {
  let { value } = node;
  let num3 = (n) => n;
  if (typeof value === "bigint")
    num3 = (n) => BigInt(n);
  else if (isNaN(value) || !isFinite(value))
    return stringifyNumber(node);
  let sign = "";
  if (value < 0) {
    sign = "-";
    value *= num3(-1);
  }
  const _60 = num3(60);
  const parts = [value % _60];
  if (value < 60) {
    parts.unshift(0);
  } else {
    value = (value - parts[0]) / _60;
    parts.unshift(value % _60);
    if (value >= 60) {
      value = (value - parts[0]) / _60;
      parts.unshift(value);
    }
  }
  return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
}
var intTime = {
  identify: (value) => typeof value === "bigint" || Number.isInteger(value),
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
  resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
  stringify: stringifySexagesimal
};
var floatTime = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  resolve: (str2) => parseSexagesimal(str2, false),
  stringify: stringifySexagesimal
};
var timestamp = {
  identify: (value) => value instanceof Date,
  default: true,
  tag: "tag:yaml.org,2002:timestamp",
  // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
  // may be omitted altogether, resulting in a date format. In such a case, the time part is
  // assumed to be 00:00:00Z (start of day, UTC).
  test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
  resolve(str2) {
    const match = str2.match(timestamp.test);
    if (!match)
      throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
    const [, year, month, day, hour, minute, second] = match.map(Number);
    const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
    let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
    const tz = match[8];
    if (tz && tz !== "Z") {
      let d = parseSexagesimal(tz, false);
      if (Math.abs(d) < 30)
        d *= 60;
      date -= 6e4 * d;
    }
    return new Date(date);
  },
  stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/schema.js
var schema3 = [
  map,
  seq,
  string,
  nullTag,
  trueTag,
  falseTag,
  intBin,
  intOct2,
  int2,
  intHex2,
  floatNaN2,
  floatExp2,
  float2,
  binary,
  merge,
  omap,
  pairs,
  set,
  intTime,
  floatTime,
  timestamp
];

// node_modules/yaml/browser/dist/schema/tags.js
var schemas = /* @__PURE__ */ new Map([
  ["core", schema],
  ["failsafe", [map, seq, string]],
  ["json", schema2],
  ["yaml11", schema3],
  ["yaml-1.1", schema3]
]);
var tagsByName = {
  binary,
  bool: boolTag,
  float,
  floatExp,
  floatNaN,
  floatTime,
  int,
  intHex,
  intOct,
  intTime,
  map,
  merge,
  null: nullTag,
  omap,
  pairs,
  seq,
  set,
  timestamp
};
var coreKnownTags = {
  "tag:yaml.org,2002:binary": binary,
  "tag:yaml.org,2002:merge": merge,
  "tag:yaml.org,2002:omap": omap,
  "tag:yaml.org,2002:pairs": pairs,
  "tag:yaml.org,2002:set": set,
  "tag:yaml.org,2002:timestamp": timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
  const schemaTags = schemas.get(schemaName);
  if (schemaTags && !customTags) {
    return addMergeTag && !schemaTags.includes(merge) ? schemaTags.concat(merge) : schemaTags.slice();
  }
  let tags = schemaTags;
  if (!tags) {
    if (Array.isArray(customTags))
      tags = [];
    else {
      const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
    }
  }
  if (Array.isArray(customTags)) {
    for (const tag of customTags)
      tags = tags.concat(tag);
  } else if (typeof customTags === "function") {
    tags = customTags(tags.slice());
  }
  if (addMergeTag)
    tags = tags.concat(merge);
  return tags.reduce((tags2, tag) => {
    const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
    if (!tagObj) {
      const tagName = JSON.stringify(tag);
      const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
    }
    if (!tags2.includes(tagObj))
      tags2.push(tagObj);
    return tags2;
  }, []);
}

// node_modules/yaml/browser/dist/schema/Schema.js
var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
var Schema = class _Schema {
  constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema: schema4, sortMapEntries, toStringDefaults }) {
    this.compat = Array.isArray(compat) ? getTags(compat, "compat") : compat ? getTags(null, compat) : null;
    this.name = typeof schema4 === "string" && schema4 || "core";
    this.knownTags = resolveKnownTags ? coreKnownTags : {};
    this.tags = getTags(customTags, this.name, merge2);
    this.toStringOptions = toStringDefaults ?? null;
    Object.defineProperty(this, MAP, { value: map });
    Object.defineProperty(this, SCALAR, { value: string });
    Object.defineProperty(this, SEQ, { value: seq });
    this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
  }
  clone() {
    const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
    copy.tags = this.tags.slice();
    return copy;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyDocument.js
function stringifyDocument(doc, options) {
  const lines = [];
  let hasDirectives = options.directives === true;
  if (options.directives !== false && doc.directives) {
    const dir = doc.directives.toString(doc);
    if (dir) {
      lines.push(dir);
      hasDirectives = true;
    } else if (doc.directives.docStart)
      hasDirectives = true;
  }
  if (hasDirectives)
    lines.push("---");
  const ctx = createStringifyContext(doc, options);
  const { commentString } = ctx.options;
  if (doc.commentBefore) {
    if (lines.length !== 1)
      lines.unshift("");
    const cs = commentString(doc.commentBefore);
    lines.unshift(indentComment(cs, ""));
  }
  let chompKeep = false;
  let contentComment = null;
  if (doc.contents) {
    if (isNode(doc.contents)) {
      if (doc.contents.spaceBefore && hasDirectives)
        lines.push("");
      if (doc.contents.commentBefore) {
        const cs = commentString(doc.contents.commentBefore);
        lines.push(indentComment(cs, ""));
      }
      ctx.forceBlockIndent = !!doc.comment;
      contentComment = doc.contents.comment;
    }
    const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
    let body = stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
    if (contentComment)
      body += lineComment(body, "", commentString(contentComment));
    if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
      lines[lines.length - 1] = `--- ${body}`;
    } else
      lines.push(body);
  } else {
    lines.push(stringify(doc.contents, ctx));
  }
  if (doc.directives?.docEnd) {
    if (doc.comment) {
      const cs = commentString(doc.comment);
      if (cs.includes("\n")) {
        lines.push("...");
        lines.push(indentComment(cs, ""));
      } else {
        lines.push(`... ${cs}`);
      }
    } else {
      lines.push("...");
    }
  } else {
    let dc = doc.comment;
    if (dc && chompKeep)
      dc = dc.replace(/^\n+/, "");
    if (dc) {
      if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
        lines.push("");
      lines.push(indentComment(commentString(dc), ""));
    }
  }
  return lines.join("\n") + "\n";
}

// node_modules/yaml/browser/dist/doc/Document.js
var Document = class _Document {
  constructor(value, replacer, options) {
    this.commentBefore = null;
    this.comment = null;
    this.errors = [];
    this.warnings = [];
    Object.defineProperty(this, NODE_TYPE, { value: DOC });
    let _replacer = null;
    if (typeof replacer === "function" || Array.isArray(replacer)) {
      _replacer = replacer;
    } else if (options === void 0 && replacer) {
      options = replacer;
      replacer = void 0;
    }
    const opt = Object.assign({
      intAsBigInt: false,
      keepSourceTokens: false,
      logLevel: "warn",
      prettyErrors: true,
      strict: true,
      stringKeys: false,
      uniqueKeys: true,
      version: "1.2"
    }, options);
    this.options = opt;
    let { version } = opt;
    if (options?._directives) {
      this.directives = options._directives.atDocument();
      if (this.directives.yaml.explicit)
        version = this.directives.yaml.version;
    } else
      this.directives = new Directives({ version });
    this.setSchema(version, options);
    this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
  }
  /**
   * Create a deep copy of this Document and its contents.
   *
   * Custom Node values that inherit from `Object` still refer to their original instances.
   */
  clone() {
    const copy = Object.create(_Document.prototype, {
      [NODE_TYPE]: { value: DOC }
    });
    copy.commentBefore = this.commentBefore;
    copy.comment = this.comment;
    copy.errors = this.errors.slice();
    copy.warnings = this.warnings.slice();
    copy.options = Object.assign({}, this.options);
    if (this.directives)
      copy.directives = this.directives.clone();
    copy.schema = this.schema.clone();
    copy.contents = isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** Adds a value to the document. */
  add(value) {
    if (assertCollection(this.contents))
      this.contents.add(value);
  }
  /** Adds a value to the document. */
  addIn(path, value) {
    if (assertCollection(this.contents))
      this.contents.addIn(path, value);
  }
  /**
   * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
   *
   * If `node` already has an anchor, `name` is ignored.
   * Otherwise, the `node.anchor` value will be set to `name`,
   * or if an anchor with that name is already present in the document,
   * `name` will be used as a prefix for a new unique anchor.
   * If `name` is undefined, the generated anchor will use 'a' as a prefix.
   */
  createAlias(node, name) {
    if (!node.anchor) {
      const prev = anchorNames(this);
      node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      !name || prev.has(name) ? findNewAnchor(name || "a", prev) : name;
    }
    return new Alias(node.anchor);
  }
  createNode(value, replacer, options) {
    let _replacer = void 0;
    if (typeof replacer === "function") {
      value = replacer.call({ "": value }, "", value);
      _replacer = replacer;
    } else if (Array.isArray(replacer)) {
      const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
      const asStr = replacer.filter(keyToStr).map(String);
      if (asStr.length > 0)
        replacer = replacer.concat(asStr);
      _replacer = replacer;
    } else if (options === void 0 && replacer) {
      options = replacer;
      replacer = void 0;
    }
    const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
    const { onAnchor, setAnchors, sourceObjects } = createNodeAnchors(
      this,
      // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      anchorPrefix || "a"
    );
    const ctx = {
      aliasDuplicateObjects: aliasDuplicateObjects ?? true,
      keepUndefined: keepUndefined ?? false,
      onAnchor,
      onTagObj,
      replacer: _replacer,
      schema: this.schema,
      sourceObjects
    };
    const node = createNode(value, tag, ctx);
    if (flow && isCollection(node))
      node.flow = true;
    setAnchors();
    return node;
  }
  /**
   * Convert a key and a value into a `Pair` using the current schema,
   * recursively wrapping all values as `Scalar` or `Collection` nodes.
   */
  createPair(key, value, options = {}) {
    const k = this.createNode(key, null, options);
    const v = this.createNode(value, null, options);
    return new Pair(k, v);
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    return assertCollection(this.contents) ? this.contents.delete(key) : false;
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path) {
    if (isEmptyPath(path)) {
      if (this.contents == null)
        return false;
      this.contents = null;
      return true;
    }
    return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  get(key, keepScalar) {
    return isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
  }
  /**
   * Returns item at `path`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path, keepScalar) {
    if (isEmptyPath(path))
      return !keepScalar && isScalar(this.contents) ? this.contents.value : this.contents;
    return isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
  }
  /**
   * Checks if the document includes a value with the key `key`.
   */
  has(key) {
    return isCollection(this.contents) ? this.contents.has(key) : false;
  }
  /**
   * Checks if the document includes a value at `path`.
   */
  hasIn(path) {
    if (isEmptyPath(path))
      return this.contents !== void 0;
    return isCollection(this.contents) ? this.contents.hasIn(path) : false;
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  set(key, value) {
    if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, [key], value);
    } else if (assertCollection(this.contents)) {
      this.contents.set(key, value);
    }
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path, value) {
    if (isEmptyPath(path)) {
      this.contents = value;
    } else if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, Array.from(path), value);
    } else if (assertCollection(this.contents)) {
      this.contents.setIn(path, value);
    }
  }
  /**
   * Change the YAML version and schema used by the document.
   * A `null` version disables support for directives, explicit tags, anchors, and aliases.
   * It also requires the `schema` option to be given as a `Schema` instance value.
   *
   * Overrides all previously set schema options.
   */
  setSchema(version, options = {}) {
    if (typeof version === "number")
      version = String(version);
    let opt;
    switch (version) {
      case "1.1":
        if (this.directives)
          this.directives.yaml.version = "1.1";
        else
          this.directives = new Directives({ version: "1.1" });
        opt = { resolveKnownTags: false, schema: "yaml-1.1" };
        break;
      case "1.2":
      case "next":
        if (this.directives)
          this.directives.yaml.version = version;
        else
          this.directives = new Directives({ version });
        opt = { resolveKnownTags: true, schema: "core" };
        break;
      case null:
        if (this.directives)
          delete this.directives;
        opt = null;
        break;
      default: {
        const sv = JSON.stringify(version);
        throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
      }
    }
    if (options.schema instanceof Object)
      this.schema = options.schema;
    else if (opt)
      this.schema = new Schema(Object.assign(opt, options));
    else
      throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
  }
  // json & jsonArg are only used from toJSON()
  toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc: this,
      keep: !json,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this.contents, jsonArg ?? "", ctx);
    if (typeof onAnchor === "function")
      for (const { count, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
  /**
   * A JSON representation of the document `contents`.
   *
   * @param jsonArg Used by `JSON.stringify` to indicate the array index or
   *   property name.
   */
  toJSON(jsonArg, onAnchor) {
    return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
  }
  /** A YAML representation of the document. */
  toString(options = {}) {
    if (this.errors.length > 0)
      throw new Error("Document with errors cannot be stringified");
    if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
      const s = JSON.stringify(options.indent);
      throw new Error(`"indent" option must be a positive integer, not ${s}`);
    }
    return stringifyDocument(this, options);
  }
};
function assertCollection(contents) {
  if (isCollection(contents))
    return true;
  throw new Error("Expected a YAML collection as document contents");
}

// node_modules/yaml/browser/dist/errors.js
var YAMLError = class extends Error {
  constructor(name, pos, code, message) {
    super();
    this.name = name;
    this.code = code;
    this.message = message;
    this.pos = pos;
  }
};
var YAMLParseError = class extends YAMLError {
  constructor(pos, code, message) {
    super("YAMLParseError", pos, code, message);
  }
};
var YAMLWarning = class extends YAMLError {
  constructor(pos, code, message) {
    super("YAMLWarning", pos, code, message);
  }
};
var prettifyError = (src, lc) => (error) => {
  if (error.pos[0] === -1)
    return;
  error.linePos = error.pos.map((pos) => lc.linePos(pos));
  const { line, col } = error.linePos[0];
  error.message += ` at line ${line}, column ${col}`;
  let ci = col - 1;
  let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
  if (ci >= 60 && lineStr.length > 80) {
    const trimStart = Math.min(ci - 39, lineStr.length - 79);
    lineStr = "\u2026" + lineStr.substring(trimStart);
    ci -= trimStart - 1;
  }
  if (lineStr.length > 80)
    lineStr = lineStr.substring(0, 79) + "\u2026";
  if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
    let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
    if (prev.length > 80)
      prev = prev.substring(0, 79) + "\u2026\n";
    lineStr = prev + lineStr;
  }
  if (/[^ ]/.test(lineStr)) {
    let count = 1;
    const end = error.linePos[1];
    if (end?.line === line && end.col > col) {
      count = Math.max(1, Math.min(end.col - col, 80 - ci));
    }
    const pointer = " ".repeat(ci) + "^".repeat(count);
    error.message += `:

${lineStr}
${pointer}
`;
  }
};

// node_modules/yaml/browser/dist/compose/resolve-props.js
function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
  let spaceBefore = false;
  let atNewline = startOnNewline;
  let hasSpace = startOnNewline;
  let comment = "";
  let commentSep = "";
  let hasNewline = false;
  let reqSpace = false;
  let tab = null;
  let anchor = null;
  let tag = null;
  let newlineAfterProp = null;
  let comma = null;
  let found = null;
  let start = null;
  for (const token of tokens) {
    if (reqSpace) {
      if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
        onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      reqSpace = false;
    }
    if (tab) {
      if (atNewline && token.type !== "comment" && token.type !== "newline") {
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      }
      tab = null;
    }
    switch (token.type) {
      case "space":
        if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
          tab = token;
        }
        hasSpace = true;
        break;
      case "comment": {
        if (!hasSpace)
          onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
        const cb = token.source.substring(1) || " ";
        if (!comment)
          comment = cb;
        else
          comment += commentSep + cb;
        commentSep = "";
        atNewline = false;
        break;
      }
      case "newline":
        if (atNewline) {
          if (comment)
            comment += token.source;
          else if (!found || indicator !== "seq-item-ind")
            spaceBefore = true;
        } else
          commentSep += token.source;
        atNewline = true;
        hasNewline = true;
        if (anchor || tag)
          newlineAfterProp = token;
        hasSpace = true;
        break;
      case "anchor":
        if (anchor)
          onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
        if (token.source.endsWith(":"))
          onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
        anchor = token;
        start ?? (start = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      case "tag": {
        if (tag)
          onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
        tag = token;
        start ?? (start = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      }
      case indicator:
        if (anchor || tag)
          onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
        if (found)
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
        found = token;
        atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
        hasSpace = false;
        break;
      case "comma":
        if (flow) {
          if (comma)
            onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
          comma = token;
          atNewline = false;
          hasSpace = false;
          break;
        }
      // else fallthrough
      default:
        onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
        atNewline = false;
        hasSpace = false;
    }
  }
  const last = tokens[tokens.length - 1];
  const end = last ? last.offset + last.source.length : offset;
  if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
    onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
  }
  if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
    onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
  return {
    comma,
    found,
    spaceBefore,
    comment,
    hasNewline,
    anchor,
    tag,
    newlineAfterProp,
    end,
    start: start ?? end
  };
}

// node_modules/yaml/browser/dist/compose/util-contains-newline.js
function containsNewline(key) {
  if (!key)
    return null;
  switch (key.type) {
    case "alias":
    case "scalar":
    case "double-quoted-scalar":
    case "single-quoted-scalar":
      if (key.source.includes("\n"))
        return true;
      if (key.end) {
        for (const st of key.end)
          if (st.type === "newline")
            return true;
      }
      return false;
    case "flow-collection":
      for (const it of key.items) {
        for (const st of it.start)
          if (st.type === "newline")
            return true;
        if (it.sep) {
          for (const st of it.sep)
            if (st.type === "newline")
              return true;
        }
        if (containsNewline(it.key) || containsNewline(it.value))
          return true;
      }
      return false;
    default:
      return true;
  }
}

// node_modules/yaml/browser/dist/compose/util-flow-indent-check.js
function flowIndentCheck(indent, fc, onError) {
  if (fc?.type === "flow-collection") {
    const end = fc.end[0];
    if (end.indent === indent && (end.source === "]" || end.source === "}") && containsNewline(fc)) {
      const msg = "Flow end indicator should be more indented than parent";
      onError(end, "BAD_INDENT", msg, true);
    }
  }
}

// node_modules/yaml/browser/dist/compose/util-map-includes.js
function mapIncludes(ctx, items, search) {
  const { uniqueKeys } = ctx.options;
  if (uniqueKeys === false)
    return false;
  const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || isScalar(a) && isScalar(b) && a.value === b.value;
  return items.some((pair) => isEqual(pair.key, search));
}

// node_modules/yaml/browser/dist/compose/resolve-block-map.js
var startColMsg = "All mapping items must start at the same column";
function resolveBlockMap({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bm, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLMap;
  const map2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  let offset = bm.offset;
  let commentEnd = null;
  for (const collItem of bm.items) {
    const { start, key, sep, value } = collItem;
    const keyProps = resolveProps(start, {
      indicator: "explicit-key-ind",
      next: key ?? sep?.[0],
      offset,
      onError,
      parentIndent: bm.indent,
      startOnNewline: true
    });
    const implicitKey = !keyProps.found;
    if (implicitKey) {
      if (key) {
        if (key.type === "block-seq")
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
        else if ("indent" in key && key.indent !== bm.indent)
          onError(offset, "BAD_INDENT", startColMsg);
      }
      if (!keyProps.anchor && !keyProps.tag && !sep) {
        commentEnd = keyProps.end;
        if (keyProps.comment) {
          if (map2.comment)
            map2.comment += "\n" + keyProps.comment;
          else
            map2.comment = keyProps.comment;
        }
        continue;
      }
      if (keyProps.newlineAfterProp || containsNewline(key)) {
        onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
      }
    } else if (keyProps.found?.indent !== bm.indent) {
      onError(offset, "BAD_INDENT", startColMsg);
    }
    ctx.atKey = true;
    const keyStart = keyProps.end;
    const keyNode = key ? composeNode2(ctx, key, keyProps, onError) : composeEmptyNode2(ctx, keyStart, start, null, keyProps, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bm.indent, key, onError);
    ctx.atKey = false;
    if (mapIncludes(ctx, map2.items, keyNode))
      onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
    const valueProps = resolveProps(sep ?? [], {
      indicator: "map-value-ind",
      next: value,
      offset: keyNode.range[2],
      onError,
      parentIndent: bm.indent,
      startOnNewline: !key || key.type === "block-scalar"
    });
    offset = valueProps.end;
    if (valueProps.found) {
      if (implicitKey) {
        if (value?.type === "block-map" && !valueProps.hasNewline)
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
        if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
          onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : composeEmptyNode2(ctx, offset, sep, null, valueProps, onError);
      if (ctx.schema.compat)
        flowIndentCheck(bm.indent, value, onError);
      offset = valueNode.range[2];
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    } else {
      if (implicitKey)
        onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
      if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    }
  }
  if (commentEnd && commentEnd < offset)
    onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
  map2.range = [bm.offset, offset, commentEnd ?? offset];
  return map2;
}

// node_modules/yaml/browser/dist/compose/resolve-block-seq.js
function resolveBlockSeq({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bs, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLSeq;
  const seq2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = bs.offset;
  let commentEnd = null;
  for (const { start, value } of bs.items) {
    const props = resolveProps(start, {
      indicator: "seq-item-ind",
      next: value,
      offset,
      onError,
      parentIndent: bs.indent,
      startOnNewline: true
    });
    if (!props.found) {
      if (props.anchor || props.tag || value) {
        if (value?.type === "block-seq")
          onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
        else
          onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
      } else {
        commentEnd = props.end;
        if (props.comment)
          seq2.comment = props.comment;
        continue;
      }
    }
    const node = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, start, null, props, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bs.indent, value, onError);
    offset = node.range[2];
    seq2.items.push(node);
  }
  seq2.range = [bs.offset, offset, commentEnd ?? offset];
  return seq2;
}

// node_modules/yaml/browser/dist/compose/resolve-end.js
function resolveEnd(end, offset, reqSpace, onError) {
  let comment = "";
  if (end) {
    let hasSpace = false;
    let sep = "";
    for (const token of end) {
      const { source, type } = token;
      switch (type) {
        case "space":
          hasSpace = true;
          break;
        case "comment": {
          if (reqSpace && !hasSpace)
            onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
          const cb = source.substring(1) || " ";
          if (!comment)
            comment = cb;
          else
            comment += sep + cb;
          sep = "";
          break;
        }
        case "newline":
          if (comment)
            sep += source;
          hasSpace = true;
          break;
        default:
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
      }
      offset += source.length;
    }
  }
  return { comment, offset };
}

// node_modules/yaml/browser/dist/compose/resolve-flow-collection.js
var blockMsg = "Block collections are not allowed within flow collections";
var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
function resolveFlowCollection({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, fc, onError, tag) {
  const isMap2 = fc.start.source === "{";
  const fcName = isMap2 ? "flow map" : "flow sequence";
  const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap : YAMLSeq);
  const coll = new NodeClass(ctx.schema);
  coll.flow = true;
  const atRoot = ctx.atRoot;
  if (atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = fc.offset + fc.start.source.length;
  for (let i = 0; i < fc.items.length; ++i) {
    const collItem = fc.items[i];
    const { start, key, sep, value } = collItem;
    const props = resolveProps(start, {
      flow: fcName,
      indicator: "explicit-key-ind",
      next: key ?? sep?.[0],
      offset,
      onError,
      parentIndent: fc.indent,
      startOnNewline: false
    });
    if (!props.found) {
      if (!props.anchor && !props.tag && !sep && !value) {
        if (i === 0 && props.comma)
          onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (i < fc.items.length - 1)
          onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
        if (props.comment) {
          if (coll.comment)
            coll.comment += "\n" + props.comment;
          else
            coll.comment = props.comment;
        }
        offset = props.end;
        continue;
      }
      if (!isMap2 && ctx.options.strict && containsNewline(key))
        onError(
          key,
          // checked by containsNewline()
          "MULTILINE_IMPLICIT_KEY",
          "Implicit keys of flow sequence pairs need to be on a single line"
        );
    }
    if (i === 0) {
      if (props.comma)
        onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
    } else {
      if (!props.comma)
        onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
      if (props.comment) {
        let prevItemComment = "";
        loop: for (const st of start) {
          switch (st.type) {
            case "comma":
            case "space":
              break;
            case "comment":
              prevItemComment = st.source.substring(1);
              break loop;
            default:
              break loop;
          }
        }
        if (prevItemComment) {
          let prev = coll.items[coll.items.length - 1];
          if (isPair(prev))
            prev = prev.value ?? prev.key;
          if (prev.comment)
            prev.comment += "\n" + prevItemComment;
          else
            prev.comment = prevItemComment;
          props.comment = props.comment.substring(prevItemComment.length + 1);
        }
      }
    }
    if (!isMap2 && !sep && !props.found) {
      const valueNode = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, sep, null, props, onError);
      coll.items.push(valueNode);
      offset = valueNode.range[2];
      if (isBlock(value))
        onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
    } else {
      ctx.atKey = true;
      const keyStart = props.end;
      const keyNode = key ? composeNode2(ctx, key, props, onError) : composeEmptyNode2(ctx, keyStart, start, null, props, onError);
      if (isBlock(key))
        onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
      ctx.atKey = false;
      const valueProps = resolveProps(sep ?? [], {
        flow: fcName,
        indicator: "map-value-ind",
        next: value,
        offset: keyNode.range[2],
        onError,
        parentIndent: fc.indent,
        startOnNewline: false
      });
      if (valueProps.found) {
        if (!isMap2 && !props.found && ctx.options.strict) {
          if (sep)
            for (const st of sep) {
              if (st === valueProps.found)
                break;
              if (st.type === "newline") {
                onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                break;
              }
            }
          if (props.start < valueProps.found.offset - 1024)
            onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
        }
      } else if (value) {
        if ("source" in value && value.source?.[0] === ":")
          onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
        else
          onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode2(ctx, valueProps.end, sep, null, valueProps, onError) : null;
      if (valueNode) {
        if (isBlock(value))
          onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
      } else if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      if (isMap2) {
        const map2 = coll;
        if (mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        map2.items.push(pair);
      } else {
        const map2 = new YAMLMap(ctx.schema);
        map2.flow = true;
        map2.items.push(pair);
        const endRange = (valueNode ?? keyNode).range;
        map2.range = [keyNode.range[0], endRange[1], endRange[2]];
        coll.items.push(map2);
      }
      offset = valueNode ? valueNode.range[2] : valueProps.end;
    }
  }
  const expectedEnd = isMap2 ? "}" : "]";
  const [ce, ...ee] = fc.end;
  let cePos = offset;
  if (ce?.source === expectedEnd)
    cePos = ce.offset + ce.source.length;
  else {
    const name = fcName[0].toUpperCase() + fcName.substring(1);
    const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
    onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
    if (ce && ce.source.length !== 1)
      ee.unshift(ce);
  }
  if (ee.length > 0) {
    const end = resolveEnd(ee, cePos, ctx.options.strict, onError);
    if (end.comment) {
      if (coll.comment)
        coll.comment += "\n" + end.comment;
      else
        coll.comment = end.comment;
    }
    coll.range = [fc.offset, cePos, end.offset];
  } else {
    coll.range = [fc.offset, cePos, cePos];
  }
  return coll;
}

// node_modules/yaml/browser/dist/compose/compose-collection.js
function resolveCollection(CN2, ctx, token, onError, tagName, tag) {
  const coll = token.type === "block-map" ? resolveBlockMap(CN2, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq(CN2, ctx, token, onError, tag) : resolveFlowCollection(CN2, ctx, token, onError, tag);
  const Coll = coll.constructor;
  if (tagName === "!" || tagName === Coll.tagName) {
    coll.tag = Coll.tagName;
    return coll;
  }
  if (tagName)
    coll.tag = tagName;
  return coll;
}
function composeCollection(CN2, ctx, token, props, onError) {
  const tagToken = props.tag;
  const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
  if (token.type === "block-seq") {
    const { anchor, newlineAfterProp: nl } = props;
    const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
    if (lastProp && (!nl || nl.offset < lastProp.offset)) {
      const message = "Missing newline after block sequence props";
      onError(lastProp, "MISSING_CHAR", message);
    }
  }
  const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
  if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.tagName && expType === "seq") {
    return resolveCollection(CN2, ctx, token, onError, tagName);
  }
  let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
  if (!tag) {
    const kt = ctx.schema.knownTags[tagName];
    if (kt?.collection === expType) {
      ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
      tag = kt;
    } else {
      if (kt) {
        onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
      } else {
        onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
      }
      return resolveCollection(CN2, ctx, token, onError, tagName);
    }
  }
  const coll = resolveCollection(CN2, ctx, token, onError, tagName, tag);
  const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
  const node = isNode(res) ? res : new Scalar(res);
  node.range = coll.range;
  node.tag = tagName;
  if (tag?.format)
    node.format = tag.format;
  return node;
}

// node_modules/yaml/browser/dist/compose/resolve-block-scalar.js
function resolveBlockScalar(ctx, scalar, onError) {
  const start = scalar.offset;
  const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
  if (!header)
    return { value: "", type: null, comment: "", range: [start, start, start] };
  const type = header.mode === ">" ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
  const lines = scalar.source ? splitLines(scalar.source) : [];
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const content = lines[i][1];
    if (content === "" || content === "\r")
      chompStart = i;
    else
      break;
  }
  if (chompStart === 0) {
    const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
    let end2 = start + header.length;
    if (scalar.source)
      end2 += scalar.source.length;
    return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
  }
  let trimIndent = scalar.indent + header.indent;
  let offset = scalar.offset + header.length;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content === "" || content === "\r") {
      if (header.indent === 0 && indent.length > trimIndent)
        trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent) {
        const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
        onError(offset + indent.length, "MISSING_CHAR", message);
      }
      if (header.indent === 0)
        trimIndent = indent.length;
      contentStart = i;
      if (trimIndent === 0 && !ctx.atRoot) {
        const message = "Block scalar values in collections must be indented";
        onError(offset, "BAD_INDENT", message);
      }
      break;
    }
    offset += indent.length + content.length + 1;
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i][0].length > trimIndent)
      chompStart = i + 1;
  }
  let value = "";
  let sep = "";
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i)
    value += lines[i][0].slice(trimIndent) + "\n";
  for (let i = contentStart; i < chompStart; ++i) {
    let [indent, content] = lines[i];
    offset += indent.length + content.length + 1;
    const crlf = content[content.length - 1] === "\r";
    if (crlf)
      content = content.slice(0, -1);
    if (content && indent.length < trimIndent) {
      const src = header.indent ? "explicit indentation indicator" : "first line";
      const message = `Block scalar lines must not be less indented than their ${src}`;
      onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
      indent = "";
    }
    if (type === Scalar.BLOCK_LITERAL) {
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
    } else if (indent.length > trimIndent || content[0] === "	") {
      if (sep === " ")
        sep = "\n";
      else if (!prevMoreIndented && sep === "\n")
        sep = "\n\n";
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
      prevMoreIndented = true;
    } else if (content === "") {
      if (sep === "\n")
        value += "\n";
      else
        sep = "\n";
    } else {
      value += sep + content;
      sep = " ";
      prevMoreIndented = false;
    }
  }
  switch (header.chomp) {
    case "-":
      break;
    case "+":
      for (let i = chompStart; i < lines.length; ++i)
        value += "\n" + lines[i][0].slice(trimIndent);
      if (value[value.length - 1] !== "\n")
        value += "\n";
      break;
    default:
      value += "\n";
  }
  const end = start + header.length + scalar.source.length;
  return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
  if (props[0].type !== "block-scalar-header") {
    onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
    return null;
  }
  const { source } = props[0];
  const mode = source[0];
  let indent = 0;
  let chomp = "";
  let error = -1;
  for (let i = 1; i < source.length; ++i) {
    const ch = source[i];
    if (!chomp && (ch === "-" || ch === "+"))
      chomp = ch;
    else {
      const n = Number(ch);
      if (!indent && n)
        indent = n;
      else if (error === -1)
        error = offset + i;
    }
  }
  if (error !== -1)
    onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
  let hasSpace = false;
  let comment = "";
  let length = source.length;
  for (let i = 1; i < props.length; ++i) {
    const token = props[i];
    switch (token.type) {
      case "space":
        hasSpace = true;
      // fallthrough
      case "newline":
        length += token.source.length;
        break;
      case "comment":
        if (strict && !hasSpace) {
          const message = "Comments must be separated from other tokens by white space characters";
          onError(token, "MISSING_CHAR", message);
        }
        length += token.source.length;
        comment = token.source.substring(1);
        break;
      case "error":
        onError(token, "UNEXPECTED_TOKEN", token.message);
        length += token.source.length;
        break;
      /* istanbul ignore next should not happen */
      default: {
        const message = `Unexpected token in block scalar header: ${token.type}`;
        onError(token, "UNEXPECTED_TOKEN", message);
        const ts = token.source;
        if (ts && typeof ts === "string")
          length += ts.length;
      }
    }
  }
  return { mode, indent, chomp, comment, length };
}
function splitLines(source) {
  const split = source.split(/\n( *)/);
  const first = split[0];
  const m = first.match(/^( *)/);
  const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
  const lines = [line0];
  for (let i = 1; i < split.length; i += 2)
    lines.push([split[i], split[i + 1]]);
  return lines;
}

// node_modules/yaml/browser/dist/compose/resolve-flow-scalar.js
function resolveFlowScalar(scalar, strict, onError) {
  const { offset, type, source, end } = scalar;
  let _type;
  let value;
  const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
  switch (type) {
    case "scalar":
      _type = Scalar.PLAIN;
      value = plainValue(source, _onError);
      break;
    case "single-quoted-scalar":
      _type = Scalar.QUOTE_SINGLE;
      value = singleQuotedValue(source, _onError);
      break;
    case "double-quoted-scalar":
      _type = Scalar.QUOTE_DOUBLE;
      value = doubleQuotedValue(source, _onError);
      break;
    /* istanbul ignore next should not happen */
    default:
      onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
      return {
        value: "",
        type: null,
        comment: "",
        range: [offset, offset + source.length, offset + source.length]
      };
  }
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, strict, onError);
  return {
    value,
    type: _type,
    comment: re.comment,
    range: [offset, valueEnd, re.offset]
  };
}
function plainValue(source, onError) {
  let badChar = "";
  switch (source[0]) {
    /* istanbul ignore next should not happen */
    case "	":
      badChar = "a tab character";
      break;
    case ",":
      badChar = "flow indicator character ,";
      break;
    case "%":
      badChar = "directive indicator character %";
      break;
    case "|":
    case ">": {
      badChar = `block scalar indicator ${source[0]}`;
      break;
    }
    case "@":
    case "`": {
      badChar = `reserved character ${source[0]}`;
      break;
    }
  }
  if (badChar)
    onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
  return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
  if (source[source.length - 1] !== "'" || source.length === 1)
    onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
  return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
  const line = /(.*?)\r?\n/sy;
  let match = line.exec(source);
  if (!match)
    return source;
  let trimEnd, trimBoth;
  try {
    trimEnd = new RegExp("(?<![ 	])[ 	]+$");
    trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
  } catch {
    trimEnd = /[ \t]+$/;
    trimBoth = /^[ \t]+|[ \t]+$/g;
  }
  let res = match[1].replace(trimEnd, "");
  let sep = " ";
  let pos = line.lastIndex;
  while (match = line.exec(source)) {
    const lm = match[1].replace(trimBoth, "");
    if (lm === "") {
      if (sep === "\n")
        res += sep;
      else
        sep = "\n";
    } else {
      res += sep + lm;
      sep = " ";
    }
    pos = line.lastIndex;
  }
  const last = /[ \t]*(.*)/sy;
  last.lastIndex = pos;
  match = last.exec(source);
  return res + sep + (match?.[1] ?? "");
}
function doubleQuotedValue(source, onError) {
  let res = "";
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i];
    if (ch === "\r" && source[i + 1] === "\n")
      continue;
    if (ch === "\n") {
      const { fold, offset } = foldNewline(source, i);
      res += fold;
      i = offset;
    } else if (ch === "\\") {
      let next = source[++i];
      const cc = escapeCodes[next];
      if (cc)
        res += cc;
      else if (next === "\n") {
        next = source[i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "\r" && source[i + 1] === "\n") {
        next = source[++i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "x" || next === "u" || next === "U") {
        const length = next === "x" ? 2 : next === "u" ? 4 : 8;
        res += parseCharCode(source, i + 1, length, onError);
        i += length;
      } else {
        const raw = source.substr(i - 1, 2);
        onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        res += raw;
      }
    } else if (ch === " " || ch === "	") {
      const wsStart = i;
      let next = source[i + 1];
      while (next === " " || next === "	")
        next = source[++i + 1];
      if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
        res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
    } else {
      res += ch;
    }
  }
  if (source[source.length - 1] !== '"' || source.length === 1)
    onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
  return res;
}
function foldNewline(source, offset) {
  let fold = "";
  let ch = source[offset + 1];
  while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
    if (ch === "\r" && source[offset + 2] !== "\n")
      break;
    if (ch === "\n")
      fold += "\n";
    offset += 1;
    ch = source[offset + 1];
  }
  if (!fold)
    fold = " ";
  return { fold, offset };
}
var escapeCodes = {
  "0": "\0",
  // null character
  a: "\x07",
  // bell character
  b: "\b",
  // backspace
  e: "\x1B",
  // escape character
  f: "\f",
  // form feed
  n: "\n",
  // line feed
  r: "\r",
  // carriage return
  t: "	",
  // horizontal tab
  v: "\v",
  // vertical tab
  N: "\x85",
  // Unicode next line
  _: "\xA0",
  // Unicode non-breaking space
  L: "\u2028",
  // Unicode line separator
  P: "\u2029",
  // Unicode paragraph separator
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  "	": "	"
};
function parseCharCode(source, offset, length, onError) {
  const cc = source.substr(offset, length);
  const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
  const code = ok ? parseInt(cc, 16) : NaN;
  try {
    return String.fromCodePoint(code);
  } catch {
    const raw = source.substr(offset - 2, length + 2);
    onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
    return raw;
  }
}

// node_modules/yaml/browser/dist/compose/compose-scalar.js
function composeScalar(ctx, token, tagToken, onError) {
  const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar(ctx, token, onError) : resolveFlowScalar(token, ctx.options.strict, onError);
  const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
  let tag;
  if (ctx.options.stringKeys && ctx.atKey) {
    tag = ctx.schema[SCALAR];
  } else if (tagName)
    tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
  else if (token.type === "scalar")
    tag = findScalarTagByTest(ctx, value, token, onError);
  else
    tag = ctx.schema[SCALAR];
  let scalar;
  try {
    const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
    scalar = isScalar(res) ? res : new Scalar(res);
  } catch (error) {
    const msg = error instanceof Error ? error.message : String(error);
    onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
    scalar = new Scalar(value);
  }
  scalar.range = range;
  scalar.source = value;
  if (type)
    scalar.type = type;
  if (tagName)
    scalar.tag = tagName;
  if (tag.format)
    scalar.format = tag.format;
  if (comment)
    scalar.comment = comment;
  return scalar;
}
function findScalarTagByName(schema4, value, tagName, tagToken, onError) {
  if (tagName === "!")
    return schema4[SCALAR];
  const matchWithTest = [];
  for (const tag of schema4.tags) {
    if (!tag.collection && tag.tag === tagName) {
      if (tag.default && tag.test)
        matchWithTest.push(tag);
      else
        return tag;
    }
  }
  for (const tag of matchWithTest)
    if (tag.test?.test(value))
      return tag;
  const kt = schema4.knownTags[tagName];
  if (kt && !kt.collection) {
    schema4.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
    return kt;
  }
  onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
  return schema4[SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema: schema4 }, value, token, onError) {
  const tag = schema4.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema4[SCALAR];
  if (schema4.compat) {
    const compat = schema4.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema4[SCALAR];
    if (tag.tag !== compat.tag) {
      const ts = directives.tagString(tag.tag);
      const cs = directives.tagString(compat.tag);
      const msg = `Value may be parsed as either ${ts} or ${cs}`;
      onError(token, "TAG_RESOLVE_FAILED", msg, true);
    }
  }
  return tag;
}

// node_modules/yaml/browser/dist/compose/util-empty-scalar-position.js
function emptyScalarPosition(offset, before, pos) {
  if (before) {
    pos ?? (pos = before.length);
    for (let i = pos - 1; i >= 0; --i) {
      let st = before[i];
      switch (st.type) {
        case "space":
        case "comment":
        case "newline":
          offset -= st.source.length;
          continue;
      }
      st = before[++i];
      while (st?.type === "space") {
        offset += st.source.length;
        st = before[++i];
      }
      break;
    }
  }
  return offset;
}

// node_modules/yaml/browser/dist/compose/compose-node.js
var CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
  const atKey = ctx.atKey;
  const { spaceBefore, comment, anchor, tag } = props;
  let node;
  let isSrcToken = true;
  switch (token.type) {
    case "alias":
      node = composeAlias(ctx, token, onError);
      if (anchor || tag)
        onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
      break;
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "block-scalar":
      node = composeScalar(ctx, token, tag, onError);
      if (anchor)
        node.anchor = anchor.source.substring(1);
      break;
    case "block-map":
    case "block-seq":
    case "flow-collection":
      try {
        node = composeCollection(CN, ctx, token, props, onError);
        if (anchor)
          node.anchor = anchor.source.substring(1);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        onError(token, "RESOURCE_EXHAUSTION", message);
      }
      break;
    default: {
      const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
      onError(token, "UNEXPECTED_TOKEN", message);
      isSrcToken = false;
    }
  }
  node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
  if (anchor && node.anchor === "")
    onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  if (atKey && ctx.options.stringKeys && (!isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
    const msg = "With stringKeys, all keys must be strings";
    onError(tag ?? token, "NON_STRING_KEY", msg);
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment) {
    if (token.type === "scalar" && token.source === "")
      node.comment = comment;
    else
      node.commentBefore = comment;
  }
  if (ctx.options.keepSourceTokens && isSrcToken)
    node.srcToken = token;
  return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
  const token = {
    type: "scalar",
    offset: emptyScalarPosition(offset, before, pos),
    indent: -1,
    source: ""
  };
  const node = composeScalar(ctx, token, tag, onError);
  if (anchor) {
    node.anchor = anchor.source.substring(1);
    if (node.anchor === "")
      onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment) {
    node.comment = comment;
    node.range[2] = end;
  }
  return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
  const alias = new Alias(source.substring(1));
  if (alias.source === "")
    onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
  if (alias.source.endsWith(":"))
    onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, options.strict, onError);
  alias.range = [offset, valueEnd, re.offset];
  if (re.comment)
    alias.comment = re.comment;
  return alias;
}

// node_modules/yaml/browser/dist/compose/compose-doc.js
function composeDoc(options, directives, { offset, start, value, end }, onError) {
  const opts = Object.assign({ _directives: directives }, options);
  const doc = new Document(void 0, opts);
  const ctx = {
    atKey: false,
    atRoot: true,
    directives: doc.directives,
    options: doc.options,
    schema: doc.schema
  };
  const props = resolveProps(start, {
    indicator: "doc-start",
    next: value ?? end?.[0],
    offset,
    onError,
    parentIndent: 0,
    startOnNewline: true
  });
  if (props.found) {
    doc.directives.docStart = true;
    if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
      onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
  }
  doc.contents = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
  const contentEnd = doc.contents.range[2];
  const re = resolveEnd(end, contentEnd, false, onError);
  if (re.comment)
    doc.comment = re.comment;
  doc.range = [offset, contentEnd, re.offset];
  return doc;
}

// node_modules/yaml/browser/dist/compose/composer.js
function getErrorPos(src) {
  if (typeof src === "number")
    return [src, src + 1];
  if (Array.isArray(src))
    return src.length === 2 ? src : [src[0], src[1]];
  const { offset, source } = src;
  return [offset, offset + (typeof source === "string" ? source.length : 1)];
}
function parsePrelude(prelude) {
  let comment = "";
  let atComment = false;
  let afterEmptyLine = false;
  for (let i = 0; i < prelude.length; ++i) {
    const source = prelude[i];
    switch (source[0]) {
      case "#":
        comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
        atComment = true;
        afterEmptyLine = false;
        break;
      case "%":
        if (prelude[i + 1]?.[0] !== "#")
          i += 1;
        atComment = false;
        break;
      default:
        if (!atComment)
          afterEmptyLine = true;
        atComment = false;
    }
  }
  return { comment, afterEmptyLine };
}
var Composer = class {
  constructor(options = {}) {
    this.doc = null;
    this.atDirectives = false;
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
    this.onError = (source, code, message, warning) => {
      const pos = getErrorPos(source);
      if (warning)
        this.warnings.push(new YAMLWarning(pos, code, message));
      else
        this.errors.push(new YAMLParseError(pos, code, message));
    };
    this.directives = new Directives({ version: options.version || "1.2" });
    this.options = options;
  }
  decorate(doc, afterDoc) {
    const { comment, afterEmptyLine } = parsePrelude(this.prelude);
    if (comment) {
      const dc = doc.contents;
      if (afterDoc) {
        doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
      } else if (afterEmptyLine || doc.directives.docStart || !dc) {
        doc.commentBefore = comment;
      } else if (isCollection(dc) && !dc.flow && dc.items.length > 0) {
        let it = dc.items[0];
        if (isPair(it))
          it = it.key;
        const cb = it.commentBefore;
        it.commentBefore = cb ? `${comment}
${cb}` : comment;
      } else {
        const cb = dc.commentBefore;
        dc.commentBefore = cb ? `${comment}
${cb}` : comment;
      }
    }
    if (afterDoc) {
      for (let i = 0; i < this.errors.length; ++i)
        doc.errors.push(this.errors[i]);
      for (let i = 0; i < this.warnings.length; ++i)
        doc.warnings.push(this.warnings[i]);
    } else {
      doc.errors = this.errors;
      doc.warnings = this.warnings;
    }
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
  }
  /**
   * Current stream status information.
   *
   * Mostly useful at the end of input for an empty stream.
   */
  streamInfo() {
    return {
      comment: parsePrelude(this.prelude).comment,
      directives: this.directives,
      errors: this.errors,
      warnings: this.warnings
    };
  }
  /**
   * Compose tokens into documents.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *compose(tokens, forceDoc = false, endOffset = -1) {
    for (const token of tokens)
      yield* this.next(token);
    yield* this.end(forceDoc, endOffset);
  }
  /** Advance the composer by one CST token. */
  *next(token) {
    switch (token.type) {
      case "directive":
        this.directives.add(token.source, (offset, message, warning) => {
          const pos = getErrorPos(token);
          pos[0] += offset;
          this.onError(pos, "BAD_DIRECTIVE", message, warning);
        });
        this.prelude.push(token.source);
        this.atDirectives = true;
        break;
      case "document": {
        const doc = composeDoc(this.options, this.directives, token, this.onError);
        if (this.atDirectives && !doc.directives.docStart)
          this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
        this.decorate(doc, false);
        if (this.doc)
          yield this.doc;
        this.doc = doc;
        this.atDirectives = false;
        break;
      }
      case "byte-order-mark":
      case "space":
        break;
      case "comment":
      case "newline":
        this.prelude.push(token.source);
        break;
      case "error": {
        const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
        const error = new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
        if (this.atDirectives || !this.doc)
          this.errors.push(error);
        else
          this.doc.errors.push(error);
        break;
      }
      case "doc-end": {
        if (!this.doc) {
          const msg = "Unexpected doc-end without preceding document";
          this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
          break;
        }
        this.doc.directives.docEnd = true;
        const end = resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
        this.decorate(this.doc, true);
        if (end.comment) {
          const dc = this.doc.comment;
          this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
        }
        this.doc.range[2] = end.offset;
        break;
      }
      default:
        this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
    }
  }
  /**
   * Call at end of input to yield any remaining document.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *end(forceDoc = false, endOffset = -1) {
    if (this.doc) {
      this.decorate(this.doc, true);
      yield this.doc;
      this.doc = null;
    } else if (forceDoc) {
      const opts = Object.assign({ _directives: this.directives }, this.options);
      const doc = new Document(void 0, opts);
      if (this.atDirectives)
        this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
      doc.range = [0, endOffset, endOffset];
      this.decorate(doc, false);
      yield doc;
    }
  }
};

// node_modules/yaml/browser/dist/parse/cst.js
var cst_exports = {};
__export(cst_exports, {
  BOM: () => BOM,
  DOCUMENT: () => DOCUMENT,
  FLOW_END: () => FLOW_END,
  SCALAR: () => SCALAR2,
  createScalarToken: () => createScalarToken,
  isCollection: () => isCollection2,
  isScalar: () => isScalar2,
  prettyToken: () => prettyToken,
  resolveAsScalar: () => resolveAsScalar,
  setScalarValue: () => setScalarValue,
  stringify: () => stringify2,
  tokenType: () => tokenType,
  visit: () => visit2
});

// node_modules/yaml/browser/dist/parse/cst-scalar.js
function resolveAsScalar(token, strict = true, onError) {
  if (token) {
    const _onError = (pos, code, message) => {
      const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
      if (onError)
        onError(offset, code, message);
      else
        throw new YAMLParseError([offset, offset + 1], code, message);
    };
    switch (token.type) {
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return resolveFlowScalar(token, strict, _onError);
      case "block-scalar":
        return resolveBlockScalar({ options: { strict } }, token, _onError);
    }
  }
  return null;
}
function createScalarToken(value, context) {
  const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
  const source = stringifyString({ type, value }, {
    implicitKey,
    indent: indent > 0 ? " ".repeat(indent) : "",
    inFlow,
    options: { blockQuote: true, lineWidth: -1 }
  });
  const end = context.end ?? [
    { type: "newline", offset: -1, indent, source: "\n" }
  ];
  switch (source[0]) {
    case "|":
    case ">": {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      const props = [
        { type: "block-scalar-header", offset, indent, source: head }
      ];
      if (!addEndtoBlockProps(props, end))
        props.push({ type: "newline", offset: -1, indent, source: "\n" });
      return { type: "block-scalar", offset, indent, props, source: body };
    }
    case '"':
      return { type: "double-quoted-scalar", offset, indent, source, end };
    case "'":
      return { type: "single-quoted-scalar", offset, indent, source, end };
    default:
      return { type: "scalar", offset, indent, source, end };
  }
}
function setScalarValue(token, value, context = {}) {
  let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
  let indent = "indent" in token ? token.indent : null;
  if (afterKey && typeof indent === "number")
    indent += 2;
  if (!type)
    switch (token.type) {
      case "single-quoted-scalar":
        type = "QUOTE_SINGLE";
        break;
      case "double-quoted-scalar":
        type = "QUOTE_DOUBLE";
        break;
      case "block-scalar": {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
        break;
      }
      default:
        type = "PLAIN";
    }
  const source = stringifyString({ type, value }, {
    implicitKey: implicitKey || indent === null,
    indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
    inFlow,
    options: { blockQuote: true, lineWidth: -1 }
  });
  switch (source[0]) {
    case "|":
    case ">":
      setBlockScalarValue(token, source);
      break;
    case '"':
      setFlowScalarValue(token, source, "double-quoted-scalar");
      break;
    case "'":
      setFlowScalarValue(token, source, "single-quoted-scalar");
      break;
    default:
      setFlowScalarValue(token, source, "scalar");
  }
}
function setBlockScalarValue(token, source) {
  const he = source.indexOf("\n");
  const head = source.substring(0, he);
  const body = source.substring(he + 1) + "\n";
  if (token.type === "block-scalar") {
    const header = token.props[0];
    if (header.type !== "block-scalar-header")
      throw new Error("Invalid block scalar header");
    header.source = head;
    token.source = body;
  } else {
    const { offset } = token;
    const indent = "indent" in token ? token.indent : -1;
    const props = [
      { type: "block-scalar-header", offset, indent, source: head }
    ];
    if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
      props.push({ type: "newline", offset: -1, indent, source: "\n" });
    for (const key of Object.keys(token))
      if (key !== "type" && key !== "offset")
        delete token[key];
    Object.assign(token, { type: "block-scalar", indent, props, source: body });
  }
}
function addEndtoBlockProps(props, end) {
  if (end)
    for (const st of end)
      switch (st.type) {
        case "space":
        case "comment":
          props.push(st);
          break;
        case "newline":
          props.push(st);
          return true;
      }
  return false;
}
function setFlowScalarValue(token, source, type) {
  switch (token.type) {
    case "scalar":
    case "double-quoted-scalar":
    case "single-quoted-scalar":
      token.type = type;
      token.source = source;
      break;
    case "block-scalar": {
      const end = token.props.slice(1);
      let oa = source.length;
      if (token.props[0].type === "block-scalar-header")
        oa -= token.props[0].source.length;
      for (const tok of end)
        tok.offset += oa;
      delete token.props;
      Object.assign(token, { type, source, end });
      break;
    }
    case "block-map":
    case "block-seq": {
      const offset = token.offset + source.length;
      const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
      delete token.items;
      Object.assign(token, { type, source, end: [nl] });
      break;
    }
    default: {
      const indent = "indent" in token ? token.indent : -1;
      const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
      for (const key of Object.keys(token))
        if (key !== "type" && key !== "offset")
          delete token[key];
      Object.assign(token, { type, indent, source, end });
    }
  }
}

// node_modules/yaml/browser/dist/parse/cst-stringify.js
var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
  switch (token.type) {
    case "block-scalar": {
      let res = "";
      for (const tok of token.props)
        res += stringifyToken(tok);
      return res + token.source;
    }
    case "block-map":
    case "block-seq": {
      let res = "";
      for (const item of token.items)
        res += stringifyItem(item);
      return res;
    }
    case "flow-collection": {
      let res = token.start.source;
      for (const item of token.items)
        res += stringifyItem(item);
      for (const st of token.end)
        res += st.source;
      return res;
    }
    case "document": {
      let res = stringifyItem(token);
      if (token.end)
        for (const st of token.end)
          res += st.source;
      return res;
    }
    default: {
      let res = token.source;
      if ("end" in token && token.end)
        for (const st of token.end)
          res += st.source;
      return res;
    }
  }
}
function stringifyItem({ start, key, sep, value }) {
  let res = "";
  for (const st of start)
    res += st.source;
  if (key)
    res += stringifyToken(key);
  if (sep)
    for (const st of sep)
      res += st.source;
  if (value)
    res += stringifyToken(value);
  return res;
}

// node_modules/yaml/browser/dist/parse/cst-visit.js
var BREAK2 = /* @__PURE__ */ Symbol("break visit");
var SKIP2 = /* @__PURE__ */ Symbol("skip children");
var REMOVE2 = /* @__PURE__ */ Symbol("remove item");
function visit2(cst, visitor) {
  if ("type" in cst && cst.type === "document")
    cst = { start: cst.start, value: cst.value };
  _visit(Object.freeze([]), cst, visitor);
}
visit2.BREAK = BREAK2;
visit2.SKIP = SKIP2;
visit2.REMOVE = REMOVE2;
visit2.itemAtPath = (cst, path) => {
  let item = cst;
  for (const [field, index] of path) {
    const tok = item?.[field];
    if (tok && "items" in tok) {
      item = tok.items[index];
    } else
      return void 0;
  }
  return item;
};
visit2.parentCollection = (cst, path) => {
  const parent = visit2.itemAtPath(cst, path.slice(0, -1));
  const field = path[path.length - 1][0];
  const coll = parent?.[field];
  if (coll && "items" in coll)
    return coll;
  throw new Error("Parent collection not found");
};
function _visit(path, item, visitor) {
  let ctrl = visitor(item, path);
  if (typeof ctrl === "symbol")
    return ctrl;
  for (const field of ["key", "value"]) {
    const token = item[field];
    if (token && "items" in token) {
      for (let i = 0; i < token.items.length; ++i) {
        const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK2)
          return BREAK2;
        else if (ci === REMOVE2) {
          token.items.splice(i, 1);
          i -= 1;
        }
      }
      if (typeof ctrl === "function" && field === "key")
        ctrl = ctrl(item, path);
    }
  }
  return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
}

// node_modules/yaml/browser/dist/parse/cst.js
var BOM = "\uFEFF";
var DOCUMENT = "";
var FLOW_END = "";
var SCALAR2 = "";
var isCollection2 = (token) => !!token && "items" in token;
var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
function prettyToken(token) {
  switch (token) {
    case BOM:
      return "<BOM>";
    case DOCUMENT:
      return "<DOC>";
    case FLOW_END:
      return "<FLOW_END>";
    case SCALAR2:
      return "<SCALAR>";
    default:
      return JSON.stringify(token);
  }
}
function tokenType(source) {
  switch (source) {
    case BOM:
      return "byte-order-mark";
    case DOCUMENT:
      return "doc-mode";
    case FLOW_END:
      return "flow-error-end";
    case SCALAR2:
      return "scalar";
    case "---":
      return "doc-start";
    case "...":
      return "doc-end";
    case "":
    case "\n":
    case "\r\n":
      return "newline";
    case "-":
      return "seq-item-ind";
    case "?":
      return "explicit-key-ind";
    case ":":
      return "map-value-ind";
    case "{":
      return "flow-map-start";
    case "}":
      return "flow-map-end";
    case "[":
      return "flow-seq-start";
    case "]":
      return "flow-seq-end";
    case ",":
      return "comma";
  }
  switch (source[0]) {
    case " ":
    case "	":
      return "space";
    case "#":
      return "comment";
    case "%":
      return "directive-line";
    case "*":
      return "alias";
    case "&":
      return "anchor";
    case "!":
      return "tag";
    case "'":
      return "single-quoted-scalar";
    case '"':
      return "double-quoted-scalar";
    case "|":
    case ">":
      return "block-scalar-header";
  }
  return null;
}

// node_modules/yaml/browser/dist/parse/lexer.js
function isEmpty(ch) {
  switch (ch) {
    case void 0:
    case " ":
    case "\n":
    case "\r":
    case "	":
      return true;
    default:
      return false;
  }
}
var hexDigits = new Set("0123456789ABCDEFabcdef");
var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
var flowIndicatorChars = new Set(",[]{}");
var invalidAnchorChars = new Set(" ,[]{}\n\r	");
var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
var Lexer = class {
  constructor() {
    this.atEnd = false;
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    this.buffer = "";
    this.flowKey = false;
    this.flowLevel = 0;
    this.indentNext = 0;
    this.indentValue = 0;
    this.lineEndPos = null;
    this.next = null;
    this.pos = 0;
  }
  /**
   * Generate YAML tokens from the `source` string. If `incomplete`,
   * a part of the last line may be left as a buffer for the next call.
   *
   * @returns A generator of lexical tokens
   */
  *lex(source, incomplete = false) {
    if (source) {
      if (typeof source !== "string")
        throw TypeError("source is not a string");
      this.buffer = this.buffer ? this.buffer + source : source;
      this.lineEndPos = null;
    }
    this.atEnd = !incomplete;
    let next = this.next ?? "stream";
    while (next && (incomplete || this.hasChars(1)))
      next = yield* this.parseNext(next);
  }
  atLineEnd() {
    let i = this.pos;
    let ch = this.buffer[i];
    while (ch === " " || ch === "	")
      ch = this.buffer[++i];
    if (!ch || ch === "#" || ch === "\n")
      return true;
    if (ch === "\r")
      return this.buffer[i + 1] === "\n";
    return false;
  }
  charAt(n) {
    return this.buffer[this.pos + n];
  }
  continueScalar(offset) {
    let ch = this.buffer[offset];
    if (this.indentNext > 0) {
      let indent = 0;
      while (ch === " ")
        ch = this.buffer[++indent + offset];
      if (ch === "\r") {
        const next = this.buffer[indent + offset + 1];
        if (next === "\n" || !next && !this.atEnd)
          return offset + indent + 1;
      }
      return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
    }
    if (ch === "-" || ch === ".") {
      const dt = this.buffer.substr(offset, 3);
      if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
        return -1;
    }
    return offset;
  }
  getLine() {
    let end = this.lineEndPos;
    if (typeof end !== "number" || end !== -1 && end < this.pos) {
      end = this.buffer.indexOf("\n", this.pos);
      this.lineEndPos = end;
    }
    if (end === -1)
      return this.atEnd ? this.buffer.substring(this.pos) : null;
    if (this.buffer[end - 1] === "\r")
      end -= 1;
    return this.buffer.substring(this.pos, end);
  }
  hasChars(n) {
    return this.pos + n <= this.buffer.length;
  }
  setNext(state) {
    this.buffer = this.buffer.substring(this.pos);
    this.pos = 0;
    this.lineEndPos = null;
    this.next = state;
    return null;
  }
  peek(n) {
    return this.buffer.substr(this.pos, n);
  }
  *parseNext(next) {
    switch (next) {
      case "stream":
        return yield* this.parseStream();
      case "line-start":
        return yield* this.parseLineStart();
      case "block-start":
        return yield* this.parseBlockStart();
      case "doc":
        return yield* this.parseDocument();
      case "flow":
        return yield* this.parseFlowCollection();
      case "quoted-scalar":
        return yield* this.parseQuotedScalar();
      case "block-scalar":
        return yield* this.parseBlockScalar();
      case "plain-scalar":
        return yield* this.parsePlainScalar();
    }
  }
  *parseStream() {
    let line = this.getLine();
    if (line === null)
      return this.setNext("stream");
    if (line[0] === BOM) {
      yield* this.pushCount(1);
      line = line.substring(1);
    }
    if (line[0] === "%") {
      let dirEnd = line.length;
      let cs = line.indexOf("#");
      while (cs !== -1) {
        const ch = line[cs - 1];
        if (ch === " " || ch === "	") {
          dirEnd = cs - 1;
          break;
        } else {
          cs = line.indexOf("#", cs + 1);
        }
      }
      while (true) {
        const ch = line[dirEnd - 1];
        if (ch === " " || ch === "	")
          dirEnd -= 1;
        else
          break;
      }
      const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
      yield* this.pushCount(line.length - n);
      this.pushNewline();
      return "stream";
    }
    if (this.atLineEnd()) {
      const sp = yield* this.pushSpaces(true);
      yield* this.pushCount(line.length - sp);
      yield* this.pushNewline();
      return "stream";
    }
    yield DOCUMENT;
    return yield* this.parseLineStart();
  }
  *parseLineStart() {
    const ch = this.charAt(0);
    if (!ch && !this.atEnd)
      return this.setNext("line-start");
    if (ch === "-" || ch === ".") {
      if (!this.atEnd && !this.hasChars(4))
        return this.setNext("line-start");
      const s = this.peek(3);
      if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
        yield* this.pushCount(3);
        this.indentValue = 0;
        this.indentNext = 0;
        return s === "---" ? "doc" : "stream";
      }
    }
    this.indentValue = yield* this.pushSpaces(false);
    if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
      this.indentNext = this.indentValue;
    return yield* this.parseBlockStart();
  }
  *parseBlockStart() {
    const [ch0, ch1] = this.peek(2);
    if (!ch1 && !this.atEnd)
      return this.setNext("block-start");
    if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
      const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
      this.indentNext = this.indentValue + 1;
      this.indentValue += n;
      return "block-start";
    }
    return "doc";
  }
  *parseDocument() {
    yield* this.pushSpaces(true);
    const line = this.getLine();
    if (line === null)
      return this.setNext("doc");
    let n = yield* this.pushIndicators();
    switch (line[n]) {
      case "#":
        yield* this.pushCount(line.length - n);
      // fallthrough
      case void 0:
        yield* this.pushNewline();
        return yield* this.parseLineStart();
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel = 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        return "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "doc";
      case '"':
      case "'":
        return yield* this.parseQuotedScalar();
      case "|":
      case ">":
        n += yield* this.parseBlockScalarHeader();
        n += yield* this.pushSpaces(true);
        yield* this.pushCount(line.length - n);
        yield* this.pushNewline();
        return yield* this.parseBlockScalar();
      default:
        return yield* this.parsePlainScalar();
    }
  }
  *parseFlowCollection() {
    let nl, sp;
    let indent = -1;
    do {
      nl = yield* this.pushNewline();
      if (nl > 0) {
        sp = yield* this.pushSpaces(false);
        this.indentValue = indent = sp;
      } else {
        sp = 0;
      }
      sp += yield* this.pushSpaces(true);
    } while (nl + sp > 0);
    const line = this.getLine();
    if (line === null)
      return this.setNext("flow");
    if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
      const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
      if (!atFlowEndMarker) {
        this.flowLevel = 0;
        yield FLOW_END;
        return yield* this.parseLineStart();
      }
    }
    let n = 0;
    while (line[n] === ",") {
      n += yield* this.pushCount(1);
      n += yield* this.pushSpaces(true);
      this.flowKey = false;
    }
    n += yield* this.pushIndicators();
    switch (line[n]) {
      case void 0:
        return "flow";
      case "#":
        yield* this.pushCount(line.length - n);
        return "flow";
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel += 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        this.flowKey = true;
        this.flowLevel -= 1;
        return this.flowLevel ? "flow" : "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "flow";
      case '"':
      case "'":
        this.flowKey = true;
        return yield* this.parseQuotedScalar();
      case ":": {
        const next = this.charAt(1);
        if (this.flowKey || isEmpty(next) || next === ",") {
          this.flowKey = false;
          yield* this.pushCount(1);
          yield* this.pushSpaces(true);
          return "flow";
        }
      }
      // fallthrough
      default:
        this.flowKey = false;
        return yield* this.parsePlainScalar();
    }
  }
  *parseQuotedScalar() {
    const quote = this.charAt(0);
    let end = this.buffer.indexOf(quote, this.pos + 1);
    if (quote === "'") {
      while (end !== -1 && this.buffer[end + 1] === "'")
        end = this.buffer.indexOf("'", end + 2);
    } else {
      while (end !== -1) {
        let n = 0;
        while (this.buffer[end - 1 - n] === "\\")
          n += 1;
        if (n % 2 === 0)
          break;
        end = this.buffer.indexOf('"', end + 1);
      }
    }
    const qb = this.buffer.substring(0, end);
    let nl = qb.indexOf("\n", this.pos);
    if (nl !== -1) {
      while (nl !== -1) {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = qb.indexOf("\n", cs);
      }
      if (nl !== -1) {
        end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
      }
    }
    if (end === -1) {
      if (!this.atEnd)
        return this.setNext("quoted-scalar");
      end = this.buffer.length;
    }
    yield* this.pushToIndex(end + 1, false);
    return this.flowLevel ? "flow" : "doc";
  }
  *parseBlockScalarHeader() {
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    let i = this.pos;
    while (true) {
      const ch = this.buffer[++i];
      if (ch === "+")
        this.blockScalarKeep = true;
      else if (ch > "0" && ch <= "9")
        this.blockScalarIndent = Number(ch) - 1;
      else if (ch !== "-")
        break;
    }
    return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
  }
  *parseBlockScalar() {
    let nl = this.pos - 1;
    let indent = 0;
    let ch;
    loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
      switch (ch) {
        case " ":
          indent += 1;
          break;
        case "\n":
          nl = i2;
          indent = 0;
          break;
        case "\r": {
          const next = this.buffer[i2 + 1];
          if (!next && !this.atEnd)
            return this.setNext("block-scalar");
          if (next === "\n")
            break;
        }
        // fallthrough
        default:
          break loop;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("block-scalar");
    if (indent >= this.indentNext) {
      if (this.blockScalarIndent === -1)
        this.indentNext = indent;
      else {
        this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
      }
      do {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = this.buffer.indexOf("\n", cs);
      } while (nl !== -1);
      if (nl === -1) {
        if (!this.atEnd)
          return this.setNext("block-scalar");
        nl = this.buffer.length;
      }
    }
    let i = nl + 1;
    ch = this.buffer[i];
    while (ch === " ")
      ch = this.buffer[++i];
    if (ch === "	") {
      while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
        ch = this.buffer[++i];
      nl = i - 1;
    } else if (!this.blockScalarKeep) {
      do {
        let i2 = nl - 1;
        let ch2 = this.buffer[i2];
        if (ch2 === "\r")
          ch2 = this.buffer[--i2];
        const lastChar = i2;
        while (ch2 === " ")
          ch2 = this.buffer[--i2];
        if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
          nl = i2;
        else
          break;
      } while (true);
    }
    yield SCALAR2;
    yield* this.pushToIndex(nl + 1, true);
    return yield* this.parseLineStart();
  }
  *parsePlainScalar() {
    const inFlow = this.flowLevel > 0;
    let end = this.pos - 1;
    let i = this.pos - 1;
    let ch;
    while (ch = this.buffer[++i]) {
      if (ch === ":") {
        const next = this.buffer[i + 1];
        if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
          break;
        end = i;
      } else if (isEmpty(ch)) {
        let next = this.buffer[i + 1];
        if (ch === "\r") {
          if (next === "\n") {
            i += 1;
            ch = "\n";
            next = this.buffer[i + 1];
          } else
            end = i;
        }
        if (next === "#" || inFlow && flowIndicatorChars.has(next))
          break;
        if (ch === "\n") {
          const cs = this.continueScalar(i + 1);
          if (cs === -1)
            break;
          i = Math.max(i, cs - 2);
        }
      } else {
        if (inFlow && flowIndicatorChars.has(ch))
          break;
        end = i;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("plain-scalar");
    yield SCALAR2;
    yield* this.pushToIndex(end + 1, true);
    return inFlow ? "flow" : "doc";
  }
  *pushCount(n) {
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos += n;
      return n;
    }
    return 0;
  }
  *pushToIndex(i, allowEmpty) {
    const s = this.buffer.slice(this.pos, i);
    if (s) {
      yield s;
      this.pos += s.length;
      return s.length;
    } else if (allowEmpty)
      yield "";
    return 0;
  }
  *pushIndicators() {
    let n = 0;
    loop: while (true) {
      switch (this.charAt(0)) {
        case "!":
          n += yield* this.pushTag();
          n += yield* this.pushSpaces(true);
          continue loop;
        case "&":
          n += yield* this.pushUntil(isNotAnchorChar);
          n += yield* this.pushSpaces(true);
          continue loop;
        case "-":
        // this is an error
        case "?":
        // this is an error outside flow collections
        case ":": {
          const inFlow = this.flowLevel > 0;
          const ch1 = this.charAt(1);
          if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
            if (!inFlow)
              this.indentNext = this.indentValue + 1;
            else if (this.flowKey)
              this.flowKey = false;
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            continue loop;
          }
        }
      }
      break loop;
    }
    return n;
  }
  *pushTag() {
    if (this.charAt(1) === "<") {
      let i = this.pos + 2;
      let ch = this.buffer[i];
      while (!isEmpty(ch) && ch !== ">")
        ch = this.buffer[++i];
      return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
    } else {
      let i = this.pos + 1;
      let ch = this.buffer[i];
      while (ch) {
        if (tagChars.has(ch))
          ch = this.buffer[++i];
        else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
          ch = this.buffer[i += 3];
        } else
          break;
      }
      return yield* this.pushToIndex(i, false);
    }
  }
  *pushNewline() {
    const ch = this.buffer[this.pos];
    if (ch === "\n")
      return yield* this.pushCount(1);
    else if (ch === "\r" && this.charAt(1) === "\n")
      return yield* this.pushCount(2);
    else
      return 0;
  }
  *pushSpaces(allowTabs) {
    let i = this.pos - 1;
    let ch;
    do {
      ch = this.buffer[++i];
    } while (ch === " " || allowTabs && ch === "	");
    const n = i - this.pos;
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos = i;
    }
    return n;
  }
  *pushUntil(test) {
    let i = this.pos;
    let ch = this.buffer[i];
    while (!test(ch))
      ch = this.buffer[++i];
    return yield* this.pushToIndex(i, false);
  }
};

// node_modules/yaml/browser/dist/parse/line-counter.js
var LineCounter = class {
  constructor() {
    this.lineStarts = [];
    this.addNewLine = (offset) => this.lineStarts.push(offset);
    this.linePos = (offset) => {
      let low = 0;
      let high = this.lineStarts.length;
      while (low < high) {
        const mid = low + high >> 1;
        if (this.lineStarts[mid] < offset)
          low = mid + 1;
        else
          high = mid;
      }
      if (this.lineStarts[low] === offset)
        return { line: low + 1, col: 1 };
      if (low === 0)
        return { line: 0, col: offset };
      const start = this.lineStarts[low - 1];
      return { line: low, col: offset - start + 1 };
    };
  }
};

// node_modules/yaml/browser/dist/parse/parser.js
function includesToken(list2, type) {
  for (let i = 0; i < list2.length; ++i)
    if (list2[i].type === type)
      return true;
  return false;
}
function findNonEmptyIndex(list2) {
  for (let i = 0; i < list2.length; ++i) {
    switch (list2[i].type) {
      case "space":
      case "comment":
      case "newline":
        break;
      default:
        return i;
    }
  }
  return -1;
}
function isFlowToken(token) {
  switch (token?.type) {
    case "alias":
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "flow-collection":
      return true;
    default:
      return false;
  }
}
function getPrevProps(parent) {
  switch (parent.type) {
    case "document":
      return parent.start;
    case "block-map": {
      const it = parent.items[parent.items.length - 1];
      return it.sep ?? it.start;
    }
    case "block-seq":
      return parent.items[parent.items.length - 1].start;
    /* istanbul ignore next should not happen */
    default:
      return [];
  }
}
function getFirstKeyStartProps(prev) {
  if (prev.length === 0)
    return [];
  let i = prev.length;
  loop: while (--i >= 0) {
    switch (prev[i].type) {
      case "doc-start":
      case "explicit-key-ind":
      case "map-value-ind":
      case "seq-item-ind":
      case "newline":
        break loop;
    }
  }
  while (prev[++i]?.type === "space") {
  }
  return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
  if (source.length < 1e5)
    Array.prototype.push.apply(target, source);
  else
    for (let i = 0; i < source.length; ++i)
      target.push(source[i]);
}
function fixFlowSeqItems(fc) {
  if (fc.start.type === "flow-seq-start") {
    for (const it of fc.items) {
      if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
        if (it.key)
          it.value = it.key;
        delete it.key;
        if (isFlowToken(it.value)) {
          if (it.value.end)
            arrayPushArray(it.value.end, it.sep);
          else
            it.value.end = it.sep;
        } else
          arrayPushArray(it.start, it.sep);
        delete it.sep;
      }
    }
  }
}
var Parser = class {
  /**
   * @param onNewLine - If defined, called separately with the start position of
   *   each new line (in `parse()`, including the start of input).
   */
  constructor(onNewLine) {
    this.atNewLine = true;
    this.atScalar = false;
    this.indent = 0;
    this.offset = 0;
    this.onKeyLine = false;
    this.stack = [];
    this.source = "";
    this.type = "";
    this.lexer = new Lexer();
    this.onNewLine = onNewLine;
  }
  /**
   * Parse `source` as a YAML stream.
   * If `incomplete`, a part of the last line may be left as a buffer for the next call.
   *
   * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
   *
   * @returns A generator of tokens representing each directive, document, and other structure.
   */
  *parse(source, incomplete = false) {
    if (this.onNewLine && this.offset === 0)
      this.onNewLine(0);
    for (const lexeme of this.lexer.lex(source, incomplete))
      yield* this.next(lexeme);
    if (!incomplete)
      yield* this.end();
  }
  /**
   * Advance the parser by the `source` of one lexical token.
   */
  *next(source) {
    this.source = source;
    if (this.atScalar) {
      this.atScalar = false;
      yield* this.step();
      this.offset += source.length;
      return;
    }
    const type = tokenType(source);
    if (!type) {
      const message = `Not a YAML token: ${source}`;
      yield* this.pop({ type: "error", offset: this.offset, message, source });
      this.offset += source.length;
    } else if (type === "scalar") {
      this.atNewLine = false;
      this.atScalar = true;
      this.type = "scalar";
    } else {
      this.type = type;
      yield* this.step();
      switch (type) {
        case "newline":
          this.atNewLine = true;
          this.indent = 0;
          if (this.onNewLine)
            this.onNewLine(this.offset + source.length);
          break;
        case "space":
          if (this.atNewLine && source[0] === " ")
            this.indent += source.length;
          break;
        case "explicit-key-ind":
        case "map-value-ind":
        case "seq-item-ind":
          if (this.atNewLine)
            this.indent += source.length;
          break;
        case "doc-mode":
        case "flow-error-end":
          return;
        default:
          this.atNewLine = false;
      }
      this.offset += source.length;
    }
  }
  /** Call at end of input to push out any remaining constructions */
  *end() {
    while (this.stack.length > 0)
      yield* this.pop();
  }
  get sourceToken() {
    const st = {
      type: this.type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
    return st;
  }
  *step() {
    const top = this.peek(1);
    if (this.type === "doc-end" && top?.type !== "doc-end") {
      while (this.stack.length > 0)
        yield* this.pop();
      this.stack.push({
        type: "doc-end",
        offset: this.offset,
        source: this.source
      });
      return;
    }
    if (!top)
      return yield* this.stream();
    switch (top.type) {
      case "document":
        return yield* this.document(top);
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return yield* this.scalar(top);
      case "block-scalar":
        return yield* this.blockScalar(top);
      case "block-map":
        return yield* this.blockMap(top);
      case "block-seq":
        return yield* this.blockSequence(top);
      case "flow-collection":
        return yield* this.flowCollection(top);
      case "doc-end":
        return yield* this.documentEnd(top);
    }
    yield* this.pop();
  }
  peek(n) {
    return this.stack[this.stack.length - n];
  }
  *pop(error) {
    const token = error ?? this.stack.pop();
    if (!token) {
      const message = "Tried to pop an empty stack";
      yield { type: "error", offset: this.offset, source: "", message };
    } else if (this.stack.length === 0) {
      yield token;
    } else {
      const top = this.peek(1);
      if (token.type === "block-scalar") {
        token.indent = "indent" in top ? top.indent : 0;
      } else if (token.type === "flow-collection" && top.type === "document") {
        token.indent = 0;
      }
      if (token.type === "flow-collection")
        fixFlowSeqItems(token);
      switch (top.type) {
        case "document":
          top.value = token;
          break;
        case "block-scalar":
          top.props.push(token);
          break;
        case "block-map": {
          const it = top.items[top.items.length - 1];
          if (it.value) {
            top.items.push({ start: [], key: token, sep: [] });
            this.onKeyLine = true;
            return;
          } else if (it.sep) {
            it.value = token;
          } else {
            Object.assign(it, { key: token, sep: [] });
            this.onKeyLine = !it.explicitKey;
            return;
          }
          break;
        }
        case "block-seq": {
          const it = top.items[top.items.length - 1];
          if (it.value)
            top.items.push({ start: [], value: token });
          else
            it.value = token;
          break;
        }
        case "flow-collection": {
          const it = top.items[top.items.length - 1];
          if (!it || it.value)
            top.items.push({ start: [], key: token, sep: [] });
          else if (it.sep)
            it.value = token;
          else
            Object.assign(it, { key: token, sep: [] });
          return;
        }
        /* istanbul ignore next should not happen */
        default:
          yield* this.pop();
          yield* this.pop(token);
      }
      if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
        const last = token.items[token.items.length - 1];
        if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
          if (top.type === "document")
            top.end = last.start;
          else
            top.items.push({ start: last.start });
          token.items.splice(-1, 1);
        }
      }
    }
  }
  *stream() {
    switch (this.type) {
      case "directive-line":
        yield { type: "directive", offset: this.offset, source: this.source };
        return;
      case "byte-order-mark":
      case "space":
      case "comment":
      case "newline":
        yield this.sourceToken;
        return;
      case "doc-mode":
      case "doc-start": {
        const doc = {
          type: "document",
          offset: this.offset,
          start: []
        };
        if (this.type === "doc-start")
          doc.start.push(this.sourceToken);
        this.stack.push(doc);
        return;
      }
    }
    yield {
      type: "error",
      offset: this.offset,
      message: `Unexpected ${this.type} token in YAML stream`,
      source: this.source
    };
  }
  *document(doc) {
    if (doc.value)
      return yield* this.lineEnd(doc);
    switch (this.type) {
      case "doc-start": {
        if (findNonEmptyIndex(doc.start) !== -1) {
          yield* this.pop();
          yield* this.step();
        } else
          doc.start.push(this.sourceToken);
        return;
      }
      case "anchor":
      case "tag":
      case "space":
      case "comment":
      case "newline":
        doc.start.push(this.sourceToken);
        return;
    }
    const bv = this.startBlockValue(doc);
    if (bv)
      this.stack.push(bv);
    else {
      yield {
        type: "error",
        offset: this.offset,
        message: `Unexpected ${this.type} token in YAML document`,
        source: this.source
      };
    }
  }
  *scalar(scalar) {
    if (this.type === "map-value-ind") {
      const prev = getPrevProps(this.peek(2));
      const start = getFirstKeyStartProps(prev);
      let sep;
      if (scalar.end) {
        sep = scalar.end;
        sep.push(this.sourceToken);
        delete scalar.end;
      } else
        sep = [this.sourceToken];
      const map2 = {
        type: "block-map",
        offset: scalar.offset,
        indent: scalar.indent,
        items: [{ start, key: scalar, sep }]
      };
      this.onKeyLine = true;
      this.stack[this.stack.length - 1] = map2;
    } else
      yield* this.lineEnd(scalar);
  }
  *blockScalar(scalar) {
    switch (this.type) {
      case "space":
      case "comment":
      case "newline":
        scalar.props.push(this.sourceToken);
        return;
      case "scalar":
        scalar.source = this.source;
        this.atNewLine = true;
        this.indent = 0;
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        yield* this.pop();
        break;
      /* istanbul ignore next should not happen */
      default:
        yield* this.pop();
        yield* this.step();
    }
  }
  *blockMap(map2) {
    const it = map2.items[map2.items.length - 1];
    switch (this.type) {
      case "newline":
        this.onKeyLine = false;
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          it.start.push(this.sourceToken);
        }
        return;
      case "space":
      case "comment":
        if (it.value) {
          map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          if (this.atIndentedComment(it.start, map2.indent)) {
            const prev = map2.items[map2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              map2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
    }
    if (this.indent >= map2.indent) {
      const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
      const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
      let start = [];
      if (atNextItem && it.sep && !it.value) {
        const nl = [];
        for (let i = 0; i < it.sep.length; ++i) {
          const st = it.sep[i];
          switch (st.type) {
            case "newline":
              nl.push(i);
              break;
            case "space":
              break;
            case "comment":
              if (st.indent > map2.indent)
                nl.length = 0;
              break;
            default:
              nl.length = 0;
          }
        }
        if (nl.length >= 2)
          start = it.sep.splice(nl[1]);
      }
      switch (this.type) {
        case "anchor":
        case "tag":
          if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map2.items.push({ start });
            this.onKeyLine = true;
          } else if (it.sep) {
            it.sep.push(this.sourceToken);
          } else {
            it.start.push(this.sourceToken);
          }
          return;
        case "explicit-key-ind":
          if (!it.sep && !it.explicitKey) {
            it.start.push(this.sourceToken);
            it.explicitKey = true;
          } else if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map2.items.push({ start, explicitKey: true });
          } else {
            this.stack.push({
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken], explicitKey: true }]
            });
          }
          this.onKeyLine = true;
          return;
        case "map-value-ind":
          if (it.explicitKey) {
            if (!it.sep) {
              if (includesToken(it.start, "newline")) {
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              } else {
                const start2 = getFirstKeyStartProps(it.start);
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                });
              }
            } else if (it.value) {
              map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start, key: null, sep: [this.sourceToken] }]
              });
            } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
              const start2 = getFirstKeyStartProps(it.start);
              const key = it.key;
              const sep = it.sep;
              sep.push(this.sourceToken);
              delete it.key;
              delete it.sep;
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: start2, key, sep }]
              });
            } else if (start.length > 0) {
              it.sep = it.sep.concat(start, this.sourceToken);
            } else {
              it.sep.push(this.sourceToken);
            }
          } else {
            if (!it.sep) {
              Object.assign(it, { key: null, sep: [this.sourceToken] });
            } else if (it.value || atNextItem) {
              map2.items.push({ start, key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [], key: null, sep: [this.sourceToken] }]
              });
            } else {
              it.sep.push(this.sourceToken);
            }
          }
          this.onKeyLine = true;
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs = this.flowScalar(this.type);
          if (atNextItem || it.value) {
            map2.items.push({ start, key: fs, sep: [] });
            this.onKeyLine = true;
          } else if (it.sep) {
            this.stack.push(fs);
          } else {
            Object.assign(it, { key: fs, sep: [] });
            this.onKeyLine = true;
          }
          return;
        }
        default: {
          const bv = this.startBlockValue(map2);
          if (bv) {
            if (bv.type === "block-seq") {
              if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                yield* this.pop({
                  type: "error",
                  offset: this.offset,
                  message: "Unexpected block-seq-ind on same line with key",
                  source: this.source
                });
                return;
              }
            } else if (atMapIndent) {
              map2.items.push({ start });
            }
            this.stack.push(bv);
            return;
          }
        }
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *blockSequence(seq2) {
    const it = seq2.items[seq2.items.length - 1];
    switch (this.type) {
      case "newline":
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            seq2.items.push({ start: [this.sourceToken] });
        } else
          it.start.push(this.sourceToken);
        return;
      case "space":
      case "comment":
        if (it.value)
          seq2.items.push({ start: [this.sourceToken] });
        else {
          if (this.atIndentedComment(it.start, seq2.indent)) {
            const prev = seq2.items[seq2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              seq2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
      case "anchor":
      case "tag":
        if (it.value || this.indent <= seq2.indent)
          break;
        it.start.push(this.sourceToken);
        return;
      case "seq-item-ind":
        if (this.indent !== seq2.indent)
          break;
        if (it.value || includesToken(it.start, "seq-item-ind"))
          seq2.items.push({ start: [this.sourceToken] });
        else
          it.start.push(this.sourceToken);
        return;
    }
    if (this.indent > seq2.indent) {
      const bv = this.startBlockValue(seq2);
      if (bv) {
        this.stack.push(bv);
        return;
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *flowCollection(fc) {
    const it = fc.items[fc.items.length - 1];
    if (this.type === "flow-error-end") {
      let top;
      do {
        yield* this.pop();
        top = this.peek(1);
      } while (top?.type === "flow-collection");
    } else if (fc.end.length === 0) {
      switch (this.type) {
        case "comma":
        case "explicit-key-ind":
          if (!it || it.sep)
            fc.items.push({ start: [this.sourceToken] });
          else
            it.start.push(this.sourceToken);
          return;
        case "map-value-ind":
          if (!it || it.value)
            fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            Object.assign(it, { key: null, sep: [this.sourceToken] });
          return;
        case "space":
        case "comment":
        case "newline":
        case "anchor":
        case "tag":
          if (!it || it.value)
            fc.items.push({ start: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            it.start.push(this.sourceToken);
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs = this.flowScalar(this.type);
          if (!it || it.value)
            fc.items.push({ start: [], key: fs, sep: [] });
          else if (it.sep)
            this.stack.push(fs);
          else
            Object.assign(it, { key: fs, sep: [] });
          return;
        }
        case "flow-map-end":
        case "flow-seq-end":
          fc.end.push(this.sourceToken);
          return;
      }
      const bv = this.startBlockValue(fc);
      if (bv)
        this.stack.push(bv);
      else {
        yield* this.pop();
        yield* this.step();
      }
    } else {
      const parent = this.peek(2);
      if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
        yield* this.pop();
        yield* this.step();
      } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        fixFlowSeqItems(fc);
        const sep = fc.end.splice(1, fc.end.length);
        sep.push(this.sourceToken);
        const map2 = {
          type: "block-map",
          offset: fc.offset,
          indent: fc.indent,
          items: [{ start, key: fc, sep }]
        };
        this.onKeyLine = true;
        this.stack[this.stack.length - 1] = map2;
      } else {
        yield* this.lineEnd(fc);
      }
    }
  }
  flowScalar(type) {
    if (this.onNewLine) {
      let nl = this.source.indexOf("\n") + 1;
      while (nl !== 0) {
        this.onNewLine(this.offset + nl);
        nl = this.source.indexOf("\n", nl) + 1;
      }
    }
    return {
      type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
  }
  startBlockValue(parent) {
    switch (this.type) {
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return this.flowScalar(this.type);
      case "block-scalar-header":
        return {
          type: "block-scalar",
          offset: this.offset,
          indent: this.indent,
          props: [this.sourceToken],
          source: ""
        };
      case "flow-map-start":
      case "flow-seq-start":
        return {
          type: "flow-collection",
          offset: this.offset,
          indent: this.indent,
          start: this.sourceToken,
          items: [],
          end: []
        };
      case "seq-item-ind":
        return {
          type: "block-seq",
          offset: this.offset,
          indent: this.indent,
          items: [{ start: [this.sourceToken] }]
        };
      case "explicit-key-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        start.push(this.sourceToken);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, explicitKey: true }]
        };
      }
      case "map-value-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, key: null, sep: [this.sourceToken] }]
        };
      }
    }
    return null;
  }
  atIndentedComment(start, indent) {
    if (this.type !== "comment")
      return false;
    if (this.indent <= indent)
      return false;
    return start.every((st) => st.type === "newline" || st.type === "space");
  }
  *documentEnd(docEnd) {
    if (this.type !== "doc-mode") {
      if (docEnd.end)
        docEnd.end.push(this.sourceToken);
      else
        docEnd.end = [this.sourceToken];
      if (this.type === "newline")
        yield* this.pop();
    }
  }
  *lineEnd(token) {
    switch (this.type) {
      case "comma":
      case "doc-start":
      case "doc-end":
      case "flow-seq-end":
      case "flow-map-end":
      case "map-value-ind":
        yield* this.pop();
        yield* this.step();
        break;
      case "newline":
        this.onKeyLine = false;
      // fallthrough
      case "space":
      case "comment":
      default:
        if (token.end)
          token.end.push(this.sourceToken);
        else
          token.end = [this.sourceToken];
        if (this.type === "newline")
          yield* this.pop();
    }
  }
};

// node_modules/yaml/browser/dist/public-api.js
function parseOptions(options) {
  const prettyErrors = options.prettyErrors !== false;
  const lineCounter = options.lineCounter || prettyErrors && new LineCounter() || null;
  return { lineCounter, prettyErrors };
}
function parseDocument(source, options = {}) {
  const { lineCounter, prettyErrors } = parseOptions(options);
  const parser = new Parser(lineCounter?.addNewLine);
  const composer = new Composer(options);
  let doc = null;
  for (const _doc of composer.compose(parser.parse(source), true, source.length)) {
    if (!doc)
      doc = _doc;
    else if (doc.options.logLevel !== "silent") {
      doc.errors.push(new YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
      break;
    }
  }
  if (prettyErrors && lineCounter) {
    doc.errors.forEach(prettifyError(source, lineCounter));
    doc.warnings.forEach(prettifyError(source, lineCounter));
  }
  return doc;
}

// src/core/parse/yamlSource.ts
var MAX_SOURCE_BYTES = 256 * 1024;
var MAX_DEPTH = 64;
function pathOfPointer(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
var utf82 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
var ConversionProblem = class extends Error {
  constructor(offset, message, hint, anchor) {
    super(message);
    this.offset = offset;
    this.hint = hint;
    this.anchor = anchor;
  }
  offset;
  hint;
  anchor;
};
function parseYamlSource(file, bytes) {
  const start = { file, line: 1, column: 1 };
  const size = typeof bytes === "string" ? Buffer.byteLength(bytes) : bytes.length;
  if (size > MAX_SOURCE_BYTES) {
    return fail(
      problem(
        start,
        `file is ${size} bytes, over the ${MAX_SOURCE_BYTES}-byte limit for rollout files`,
        "split the file into one manifest per workflow; it was not parsed"
      )
    );
  }
  let text;
  if (typeof bytes === "string") text = bytes;
  else {
    if (bytes.includes(0)) return fail(problem(start, "file is binary (contains NUL bytes), not YAML text", "commit the manifest as UTF-8 YAML text"));
    try {
      text = utf82.decode(bytes);
    } catch {
      return fail(problem(start, "file is not valid UTF-8", "re-save the file as UTF-8"));
    }
  }
  if (text.trim() === "") return fail(problem(start, "file is empty", "write the rollout document into the file or delete it"));
  const lineCounter = new LineCounter();
  const located = (offset) => {
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col };
  };
  const tooDeep = depthBoundOf(text) <= MAX_DEPTH ? null : nestingTooDeepAt(text, MAX_DEPTH);
  if (tooDeep !== null) return fail(problem(positionIn(text, file, tooDeep), `YAML nesting is deeper than ${MAX_DEPTH} levels`, "flatten the document"));
  let doc;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: true, keepSourceTokens: false });
  } catch (error) {
    return fail(
      problem(start, `YAML could not be parsed: ${error instanceof RangeError ? "nesting is too deep" : String(error)}`, "simplify the document structure")
    );
  }
  const yamlErrors = doc.errors.map((e) => problem(located(e.pos[0]), describeYamlError(e.code, e.message), yamlHint(e.code)));
  if (yamlErrors.length > 0) return { ok: false, problems: yamlErrors };
  const positions = /* @__PURE__ */ new Map();
  const rootOffset = doc.contents?.range?.[0] ?? 0;
  let value;
  try {
    value = convert(doc.contents, 0, positions, 0);
  } catch (error) {
    if (error instanceof ConversionProblem) {
      const at = error.anchor === void 0 ? error.offset : text.lastIndexOf(`&${error.anchor}`, error.offset);
      return fail(problem(located(at >= 0 ? at : error.offset), error.message, error.hint));
    }
    if (error instanceof RangeError) return fail(problem(start, "YAML nesting is too deep", `keep nesting under ${MAX_DEPTH} levels`));
    throw error;
  }
  return {
    ok: true,
    doc: {
      file,
      value,
      at: (path) => located(locate(value, rootOffset, positions, path, false)),
      keyAt: (path) => located(locate(value, rootOffset, positions, path, true))
    }
  };
}
function locate(root, rootOffset, positions, path, wantKey) {
  let value = root;
  let offset = rootOffset;
  let keyOffset;
  for (const segment2 of path) {
    const table = value !== null && typeof value === "object" ? positions.get(value) : void 0;
    if (!table) break;
    const name = String(segment2);
    if (Array.isArray(value)) {
      const at = /^(0|[1-9][0-9]*)$/.test(name) ? table[Number(name)] : void 0;
      if (typeof at !== "number") break;
      offset = at;
      keyOffset = void 0;
      value = value[Number(name)];
    } else {
      let i = 0;
      while (i < table.length && table[i] !== name) i += 3;
      if (i >= table.length) break;
      keyOffset = table[i + 1];
      offset = table[i + 2];
      value = value[name];
    }
  }
  return wantKey ? keyOffset ?? offset : offset;
}
function depthBoundOf(text) {
  let brackets = 0;
  let maxIndent = 0;
  let maxIndicators = 0;
  let indent = 0;
  let indicators = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      atLineStart = true;
      indent = 0;
      indicators = 0;
      continue;
    }
    if (c === 91 || c === 123) brackets++;
    if (atLineStart && (c === 32 || c === 9)) {
      indent++;
      if (indent > maxIndent) maxIndent = indent;
      continue;
    }
    atLineStart = false;
    if ((c === 45 || c === 63) && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)) {
      indicators++;
      if (indicators > maxIndicators) maxIndicators = indicators;
    }
  }
  return brackets + maxIndent + maxIndicators + 1;
}
function nestingTooDeepAt(text, limit) {
  const columns = [];
  let flow = 0;
  let offset = 0;
  let column = 0;
  let lineStart = true;
  let scalarNext = false;
  for (const token of new Lexer().lex(text)) {
    if (token === "" || token === "") continue;
    if (token === "") {
      scalarNext = true;
      continue;
    }
    const type = scalarNext ? "scalar" : cst_exports.tokenType(token);
    scalarNext = false;
    const at = offset;
    offset += token.length;
    const nl = token.lastIndexOf("\n");
    const startColumn = column;
    column = nl === -1 ? column + token.length : token.length - nl - 1;
    if (type === "newline") {
      lineStart = true;
      continue;
    }
    if (type === "space" || type === "comment" || type === "byte-order-mark" || type === "directive-line") continue;
    if (type === "doc-start" || type === "doc-end") {
      columns.length = 0;
      flow = 0;
      continue;
    }
    if (flow === 0) {
      if (lineStart) {
        while (columns.length > 0 && columns[columns.length - 1] >= startColumn) columns.pop();
        columns.push(startColumn);
      } else if ((type === "seq-item-ind" || type === "explicit-key-ind") && columns[columns.length - 1] !== startColumn) {
        columns.push(startColumn);
      }
    }
    lineStart = token.endsWith("\n");
    if (type === "flow-seq-start" || type === "flow-map-start") flow += 1;
    else if ((type === "flow-seq-end" || type === "flow-map-end") && flow > 0) flow -= 1;
    if (columns.length + flow > limit) return at;
  }
  return null;
}
function positionIn(text, file, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { file, line, column: offset - lineStart + 1 };
}
function fail(p) {
  return { ok: false, problems: [p] };
}
function convert(node, depth, positions, offset) {
  if (node === null || node === void 0) return null;
  if (depth > MAX_DEPTH) throw new ConversionProblem(offset, `YAML nesting is deeper than ${MAX_DEPTH} levels`, "flatten the document");
  if (isAlias(node))
    throw new ConversionProblem(
      offset,
      `YAML alias *${node.source} is not allowed in rollout files`,
      "write the value out in full instead of using anchors and aliases"
    );
  if (node.anchor)
    throw new ConversionProblem(
      offset,
      `YAML anchor &${node.anchor} is not allowed in rollout files`,
      "remove the anchor and write values out in full",
      node.anchor
    );
  if (isScalar(node)) {
    const v = node.value;
    if (typeof v === "number" && !Number.isFinite(v))
      throw new ConversionProblem(offset, `number ${node.source ?? String(v)} is not finite`, "use an ordinary finite number");
    if (v instanceof Date || typeof v === "bigint" || v instanceof Uint8Array) return String(node.source ?? v);
    return v;
  }
  if (isSeq(node)) {
    const values = [];
    const out = node.items.map((item, i) => {
      const at = item?.range?.[0] ?? offset;
      values[i] = at;
      return convert(item, depth + 1, positions, at);
    });
    positions.set(out, values);
    return out;
  }
  if (isMap(node)) {
    const out = /* @__PURE__ */ Object.create(null);
    const table = [];
    positions.set(out, table);
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key;
      const keyOffset = keyNode?.range?.[0] ?? offset;
      if (keyNode !== null && isAlias(keyNode)) throw new ConversionProblem(keyOffset, "YAML alias used as a key is not allowed", "write the key out in full");
      if (keyNode !== null && !isScalar(keyNode)) throw new ConversionProblem(keyOffset, "mapping keys must be plain scalars", "use a simple string key");
      if (keyNode !== null && keyNode.anchor)
        throw new ConversionProblem(keyOffset, `YAML anchor &${keyNode.anchor} is not allowed in rollout files`, "remove the anchor", keyNode.anchor);
      const raw = keyNode === null ? null : keyNode.value;
      if (raw === "<<") throw new ConversionProblem(keyOffset, "YAML merge keys (<<) are not allowed in rollout files", "write the merged values out in full");
      const key = raw === null ? "" : String(raw);
      if (Object.prototype.hasOwnProperty.call(out, key)) throw new ConversionProblem(keyOffset, `duplicate key "${key}"`, "keep one of the two entries");
      const at = pair.value?.range?.[0] ?? keyOffset;
      table.push(key, keyOffset, at);
      out[key] = convert(pair.value, depth + 1, positions, at);
    }
    return out;
  }
  throw new ConversionProblem(offset, "unsupported YAML node", "use plain mappings, sequences and scalars");
}
function describeYamlError(code, message) {
  switch (code) {
    case "DUPLICATE_KEY":
      return "duplicate key: map keys must be unique";
    case "MULTIPLE_DOCS":
      return "file holds more than one YAML document (---); a rollout file holds exactly one";
    default:
      return `invalid YAML: ${message.replace(/\s+/g, " ").trim()}`;
  }
}
function yamlHint(code) {
  switch (code) {
    case "DUPLICATE_KEY":
      return "remove one of the duplicate keys; YAML would silently keep only one";
    case "MULTIPLE_DOCS":
      return "put each rollout in its own file";
    case "TAB_AS_INDENT":
      return "indent with spaces, not tabs";
    default:
      return "fix the YAML syntax at this position (check indentation, quotes and brackets)";
  }
}

// src/core/util/suggest.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
function nearest(input, known, most = 3) {
  const limit = Math.max(2, Math.ceil(input.length / 2));
  return known.map((name) => ({ name, d: (0, import_fastest_levenshtein.distance)(input.toLowerCase(), name.toLowerCase()) })).filter((x) => x.d <= limit || x.name.includes(input) || input.includes(x.name)).sort((a, b) => a.d - b.d || a.name.localeCompare(b.name)).slice(0, most).map((x) => x.name);
}
function didYouMean(input, known) {
  const close = nearest(input, known);
  return close.length > 0 ? `did you mean ${close.map((n) => `"${n}"`).join(" or ")}?` : `known: ${known.join(", ")}`;
}

// src/core/schema/compiledValidators.ts
var import_ucs2length = __toESM(require_ucs2length(), 1);
var ucs2length = typeof import_ucs2length.default === "function" ? import_ucs2length.default : import_ucs2length.default.default;
var manifest = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://rollout-gate.dev/schemas/manifest.schema.json", "title": "rollout-gate rollout manifest", "description": "One AI workflow's rollout: the ladder of stages, the stage that is live, exposure, owners, stop conditions, rollback, capabilities, approval path and readiness evidence.", "type": "object", "additionalProperties": false, "required": ["rollout_plan"], "properties": { "rollout_plan": { "type": "object", "description": "The rollout plan of one workflow.", "additionalProperties": false, "required": ["workflow", "stages"], "properties": { "workflow": { "type": "string", "minLength": 1, "description": "Name of the AI workflow being rolled out." }, "current_stage": { "type": "string", "minLength": 1, "description": "The stage that is live now; must be one of the keys of `stages`. Without it, nothing is live yet." }, "stages": { "type": "object", "description": "The rollout ladder, in order from the narrowest to the broadest exposure.", "minProperties": 1, "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9_-]*$" }, "additionalProperties": { "$ref": "#/definitions/stage" } }, "stop_conditions": { "type": "array", "description": "Pre-agreed reasons to pause, roll back or reduce autonomy, each `metric operator threshold`.", "items": { "$ref": "#/definitions/condition" } }, "rollback_triggers": { "type": "array", "description": "Signals that trigger a rollback, each `metric operator threshold`.", "items": { "$ref": "#/definitions/condition" } }, "owners": { "type": "object", "description": "The ownership map: who owns each category of the rollout.", "additionalProperties": false, "properties": { "product": { "$ref": "#/definitions/owner" }, "technical": { "$ref": "#/definitions/owner" }, "data": { "$ref": "#/definitions/owner" }, "eval": { "$ref": "#/definitions/owner" }, "support": { "$ref": "#/definitions/owner" }, "communication": { "$ref": "#/definitions/owner" }, "cost": { "$ref": "#/definitions/owner" }, "risk": { "$ref": "#/definitions/owner" }, "on_call": { "$ref": "#/definitions/owner" }, "rollback": { "$ref": "#/definitions/owner" } } }, "rollback": { "type": "object", "description": "How the rollout is contained and reverted.", "additionalProperties": false, "properties": { "plan": { "$ref": "#/definitions/evidencePath", "description": "Path of the rollback plan document in this repository." }, "fallback": { "type": "string", "description": "What takes the work when the AI path is disabled." }, "max_rollback_minutes": { "type": "number", "minimum": 0, "description": "How long a rollback takes, at most." } } }, "shadow_period": { "type": "object", "description": "A period in which the workflow runs beside the current system without users seeing its output.", "additionalProperties": false, "required": ["days"], "properties": { "days": { "type": "number", "minimum": 0, "maximum": 3650 }, "evidence": { "$ref": "#/definitions/evidencePath" } } }, "orchestration": { "type": "object", "description": "Orchestration pattern per workflow path.", "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9_.-]*$" }, "additionalProperties": { "$ref": "#/definitions/orchestrationPath" } }, "capabilities": { "type": "object", "description": "Tools and actions the workflow can call, each with its capability-readiness template.", "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9_.-]*$" }, "additionalProperties": { "$ref": "#/definitions/capability" } }, "approval": { "$ref": "#/definitions/approval" }, "authorization": { "$ref": "#/definitions/authorization" }, "evidence": { "type": "object", "description": "Readiness evidence: paths of artifacts committed in this repository, each a plain path (a document) or typed evidence (results the gate reads and checks).", "additionalProperties": false, "properties": { "trace_coverage": { "$ref": "#/definitions/evidenceEntry" }, "policy_prechecks": { "$ref": "#/definitions/evidenceEntry" }, "policy_decision_traces": { "$ref": "#/definitions/evidenceEntry" }, "offline_eval": { "$ref": "#/definitions/evidenceEntry" }, "slo": { "$ref": "#/definitions/evidenceEntry" }, "regression_gate": { "$ref": "#/definitions/evidenceEntry" }, "runbook": { "$ref": "#/definitions/evidenceEntry" }, "alerting": { "$ref": "#/definitions/evidenceEntry" }, "rollback_rehearsal": { "$ref": "#/definitions/evidenceEntry" }, "failed_run_drills": { "$ref": "#/definitions/evidenceEntry" }, "multi_tenant_tests": { "$ref": "#/definitions/evidenceEntry" }, "high_risk_path_tests": { "$ref": "#/definitions/evidenceEntry" }, "support_readiness": { "$ref": "#/definitions/evidenceEntry" }, "communication_plan": { "$ref": "#/definitions/evidenceEntry" } } }, "waivers": { "type": "array", "description": "Time-limited exceptions to single checks.", "items": { "$ref": "#/definitions/waiver" } }, "sources": { "type": "array", "maxItems": 100, "description": "Paths (files or directories) of the workflow's prompts and model config: typed evidence last changed before one of them is stale.", "items": { "$ref": "#/definitions/evidencePath" } }, "exposure_sources": { "type": "array", "description": "The files that carry the exposure users really get (flag definitions, progressive-delivery objects): each is read at both commits, its changes are gated like the manifest's own, and what it serves must match the live stage's share.", "items": { "$ref": "#/definitions/exposureSource" } } } } }, "definitions": { "exposureSource": { "description": "One object that carries the rollout's exposure, chosen by `kind`.", "anyOf": [{ "type": "object", "description": "An OpenFeature flagd flag definition (JSON): the share of evaluations of `flag` that get `variant`, from its `state`, `defaultVariant` and `targeting` (`fractional` splits, `if` segments).", "additionalProperties": false, "required": ["kind", "path", "flag", "variant"], "properties": { "kind": { "enum": ["flagd"] }, "path": { "$ref": "#/definitions/evidencePath" }, "flag": { "type": "string", "minLength": 1, "description": "The flag's key under `flags`." }, "variant": { "type": "string", "minLength": 1, "description": "The variant that turns the rollout on." } } }, { "type": "object", "description": "An Argo Rollouts `Rollout` (YAML, one document): the weight its canary steps reach before the first indefinite pause (scaled by `maxTrafficWeight`), or for blue-green whether it promotes by itself.", "additionalProperties": false, "required": ["kind", "path", "name"], "properties": { "kind": { "enum": ["argo_rollout"] }, "path": { "$ref": "#/definitions/evidencePath" }, "name": { "type": "string", "minLength": 1, "description": "The Rollout's `metadata.name`." } } }, { "type": "object", "description": "An Argo Rollouts `AnalysisTemplate` (YAML, one document): no share of its own, but its metrics' `successCondition` and `failureCondition` (the forms `result <op> number` and `result[0] <op> number`) are matched against the manifest's stop conditions, and loosening one counts as loosening the stop condition.", "additionalProperties": false, "required": ["kind", "path", "name"], "properties": { "kind": { "enum": ["argo_analysis_template"] }, "path": { "$ref": "#/definitions/evidencePath" }, "name": { "type": "string", "minLength": 1, "description": "The AnalysisTemplate's `metadata.name`." } } }, { "type": "object", "description": "A Flagger `Canary` (YAML, one document): the weight its analysis reaches before a confirmation webhook waits for a person (100% without one), its metrics' accepted ranges and its ramp (stepWeight, interval, threshold).", "additionalProperties": false, "required": ["kind", "path", "name"], "properties": { "kind": { "enum": ["flagger_canary"] }, "path": { "$ref": "#/definitions/evidencePath" }, "name": { "type": "string", "minLength": 1, "description": "The Canary's `metadata.name`." } } }, { "type": "object", "description": "A GO Feature Flag flag file (YAML or JSON): the share of evaluations of `flag` that get `variation` from its defaultRule and targeting (`variation`, `percentage`, `progressiveRollout`), judged at --now and at every later date its scheduledRollout steps and ramps name.", "additionalProperties": false, "required": ["kind", "path", "flag", "variation"], "properties": { "kind": { "enum": ["go_feature_flag"] }, "path": { "$ref": "#/definitions/evidencePath" }, "flag": { "type": "string", "minLength": 1, "description": "The flag's key at the top of the file." }, "variation": { "type": "string", "minLength": 1, "description": "The variation that turns the rollout on." } } }] }, "duration": { "type": "string", "pattern": "^[0-9]{1,9}(ms|s|m|h|d)$", "description": "A duration such as `500ms`, `30s`, `15m`, `4h` or `7d`." }, "evidenceEntry": { "description": "Readiness evidence: a plain path to a document, or typed evidence whose metrics the gate reads and checks.", "anyOf": [{ "$ref": "#/definitions/evidencePath" }, { "$ref": "#/definitions/typedEvidence" }] }, "typedEvidence": { "type": "object", "description": "Evidence the gate reads: a results file in a known format, and the criteria that must hold in it.", "additionalProperties": false, "required": ["path", "format"], "properties": { "path": { "$ref": "#/definitions/evidencePath" }, "format": { "enum": ["promptfoo", "junit", "metrics"], "description": "promptfoo: a promptfoo results JSON; junit: a JUnit XML report; metrics: a JSON or YAML file of named numbers." }, "pointer": { "type": "string", "maxLength": 1024, "pattern": "^(/.*)?$", "description": "For the metrics format: a JSON Pointer to the object of metrics, e.g. /summary/scores." }, "require": { "type": "object", "description": 'Criteria that must hold: metric name to bound, e.g. pass_rate: ">= 0.95", errors: "== 0".', "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_.]{0,127}$" }, "additionalProperties": { "type": "string", "minLength": 1, "maxLength": 64, "pattern": "^\\s*(>=|<=|==|!=|>|<)" } } } }, "evidencePath": { "type": "string", "minLength": 1, "maxLength": 1024, "description": "A path relative to the repository root, to a non-empty regular file committed at the evaluated commit." }, "owner": { "description": "A named owner: a person or team name, or an object with a name and a GitHub handle (`@user` or `@org/team`).", "anyOf": [{ "type": "string" }, { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string" }, "github": { "type": "string", "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$" } } }] }, "stage": { "type": ["object", "null"], "description": "One rung of the ladder: its exposure and its entry and exit criteria.", "additionalProperties": false, "properties": { "users": { "type": "string", "description": "Which users are exposed, as a segment description." }, "accounts": { "type": "integer", "minimum": 0, "maximum": 1e9, "description": "How many accounts are exposed." }, "traffic_percent": { "type": "number", "minimum": 0, "maximum": 100, "description": "Share of traffic exposed, in percent." }, "tenant_percent": { "type": "number", "minimum": 0, "maximum": 100, "description": "Share of tenants exposed, in percent." }, "entry": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Criteria that must hold to enter this stage." }, "exit": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Evidence needed to leave this stage for the next." } } }, "condition": { "description": "`metric operator threshold`, e.g. `cost_per_account > $1.50`; or an object with that `condition` and the `action` it triggers.", "anyOf": [{ "type": "string" }, { "type": "object", "additionalProperties": false, "required": ["condition"], "properties": { "condition": { "type": "string" }, "action": { "enum": ["pause", "rollback", "reduce_autonomy", "narrow_exposure", "page"] } } }] }, "orchestrationPath": { "description": "The pattern of one workflow path, or an object with the pattern and the path of its review record.", "anyOf": [{ "$ref": "#/definitions/pattern" }, { "type": "object", "additionalProperties": false, "required": ["pattern"], "properties": { "pattern": { "$ref": "#/definitions/pattern" }, "review": { "$ref": "#/definitions/evidencePath", "description": "Path of the review record of this pattern." } } }] }, "pattern": { "enum": ["fixed_workflow", "prompt_chaining", "routing", "parallelization", "orchestrator_workers", "evaluator_optimizer", "autonomous_agent"] }, "capability": { "type": "object", "additionalProperties": false, "required": ["access"], "properties": { "owner": { "$ref": "#/definitions/owner" }, "access": { "enum": ["read", "write"], "description": "Whether the capability only reads or can change state outside the run." }, "transport": { "type": "string", "description": "How the capability is called (http, mcp, queue, ...)." }, "timeout": { "$ref": "#/definitions/duration" }, "retry": { "type": "object", "additionalProperties": false, "required": ["max_attempts"], "properties": { "max_attempts": { "type": "integer", "minimum": 0, "maximum": 100 }, "backoff": { "type": "string" } } }, "idempotency": { "type": "string", "description": "Idempotency strategy, e.g. `idempotency_key = request_id`." }, "unknown_side_effect": { "type": "string", "description": "What happens when the outcome of a call is unknown, e.g. `stop the run until reconciliation`." }, "telemetry": { "type": "string", "description": "The outcome telemetry the capability emits." }, "via_gateway": { "type": "boolean", "description": "False when the workflow can call the tool directly, bypassing the policy gateway." }, "requires_approval": { "type": "boolean" }, "session": { "type": "object", "additionalProperties": false, "required": ["stateful"], "properties": { "stateful": { "type": "boolean" }, "expiry_signal": { "type": "string", "description": "The rollout signal that shows session expiry." }, "reinit": { "type": "string", "description": "What the runtime does when the session cannot resume safely." } } } } }, "approval": { "type": "object", "description": "The human-approval path.", "additionalProperties": false, "properties": { "queue_owner": { "$ref": "#/definitions/owner" }, "timeout": { "$ref": "#/definitions/duration" }, "backlog_threshold": { "type": "integer", "minimum": 1, "maximum": 1e9 }, "on_timeout": { "enum": ["cancel", "fallback", "escalate"] }, "fallback": { "type": "string" }, "latency_metric": { "type": "string" } } }, "authorization": { "type": "object", "additionalProperties": false, "required": ["mode"], "properties": { "mode": { "enum": ["service", "delegated"] }, "traced_fields": { "type": "array", "items": { "enum": ["authorization_mode", "delegated_principal", "delegated_scope"] } }, "on_revoke": { "type": "string", "description": "What the runtime does if delegated access is revoked while a run is paused." } } }, "waiver": { "type": "object", "additionalProperties": false, "required": ["check", "reason", "approver", "expires"], "properties": { "check": { "type": "string", "minLength": 1 }, "reason": { "type": "string", "minLength": 1 }, "approver": { "type": "string", "minLength": 1 }, "expires": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "Last day (UTC) the waiver holds, YYYY-MM-DD." } } } } };
var schema12 = { "type": ["object", "null"], "description": "One rung of the ladder: its exposure and its entry and exit criteria.", "additionalProperties": false, "properties": { "users": { "type": "string", "description": "Which users are exposed, as a segment description." }, "accounts": { "type": "integer", "minimum": 0, "maximum": 1e9, "description": "How many accounts are exposed." }, "traffic_percent": { "type": "number", "minimum": 0, "maximum": 100, "description": "Share of traffic exposed, in percent." }, "tenant_percent": { "type": "number", "minimum": 0, "maximum": 100, "description": "Share of tenants exposed, in percent." }, "entry": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Criteria that must hold to enter this stage." }, "exit": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Evidence needed to leave this stage for the next." } } };
var schema13 = { "description": "`metric operator threshold`, e.g. `cost_per_account > $1.50`; or an object with that `condition` and the `action` it triggers.", "anyOf": [{ "type": "string" }, { "type": "object", "additionalProperties": false, "required": ["condition"], "properties": { "condition": { "type": "string" }, "action": { "enum": ["pause", "rollback", "reduce_autonomy", "narrow_exposure", "page"] } } }] };
var schema15 = { "description": "A named owner: a person or team name, or an object with a name and a GitHub handle (`@user` or `@org/team`).", "anyOf": [{ "type": "string" }, { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string" }, "github": { "type": "string", "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$" } } }] };
var schema25 = { "type": "string", "minLength": 1, "maxLength": 1024, "description": "A path relative to the repository root, to a non-empty regular file committed at the evaluated commit." };
var schema37 = { "type": "object", "additionalProperties": false, "required": ["mode"], "properties": { "mode": { "enum": ["service", "delegated"] }, "traced_fields": { "type": "array", "items": { "enum": ["authorization_mode", "delegated_principal", "delegated_scope"] } }, "on_revoke": { "type": "string", "description": "What the runtime does if delegated access is revoked while a run is paused." } } };
var schema42 = { "type": "object", "additionalProperties": false, "required": ["check", "reason", "approver", "expires"], "properties": { "check": { "type": "string", "minLength": 1 }, "reason": { "type": "string", "minLength": 1 }, "approver": { "type": "string", "minLength": 1 }, "expires": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "Last day (UTC) the waiver holds, YYYY-MM-DD." } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = ucs2length;
var pattern0 = new RegExp("^[A-Za-z][A-Za-z0-9_-]*$", "u");
var pattern1 = new RegExp("^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$", "u");
var pattern11 = new RegExp("^[A-Za-z][A-Za-z0-9_.-]*$", "u");
var pattern20 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
var schema27 = { "description": "The pattern of one workflow path, or an object with the pattern and the path of its review record.", "anyOf": [{ "$ref": "#/definitions/pattern" }, { "type": "object", "additionalProperties": false, "required": ["pattern"], "properties": { "pattern": { "$ref": "#/definitions/pattern" }, "review": { "$ref": "#/definitions/evidencePath", "description": "Path of the review record of this pattern." } } }] };
var schema28 = { "enum": ["fixed_workflow", "prompt_chaining", "routing", "parallelization", "orchestrator_workers", "evaluator_optimizer", "autonomous_agent"] };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (!(data === "fixed_workflow" || data === "prompt_chaining" || data === "routing" || data === "parallelization" || data === "orchestrator_workers" || data === "evaluator_optimizer" || data === "autonomous_agent")) {
    const err0 = { instancePath, schemaPath: "#/definitions/pattern/enum", keyword: "enum", params: { allowedValues: schema28.enum }, message: "must be equal to one of the allowed values", schema: schema28.enum, parentSchema: schema28, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.pattern === void 0) {
        const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "pattern" }, message: "must have required property 'pattern'", schema: schema27.anyOf[1].required, parentSchema: schema27.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "pattern" || key0 === "review")) {
          const err2 = { instancePath, schemaPath: "#/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27.anyOf[1], data };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.pattern !== void 0) {
        let data0 = data.pattern;
        if (!(data0 === "fixed_workflow" || data0 === "prompt_chaining" || data0 === "routing" || data0 === "parallelization" || data0 === "orchestrator_workers" || data0 === "evaluator_optimizer" || data0 === "autonomous_agent")) {
          const err3 = { instancePath: instancePath + "/pattern", schemaPath: "#/definitions/pattern/enum", keyword: "enum", params: { allowedValues: schema28.enum }, message: "must be equal to one of the allowed values", schema: schema28.enum, parentSchema: schema28, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.review !== void 0) {
        let data1 = data.review;
        if (typeof data1 === "string") {
          if (func3(data1) > 1024) {
            const err4 = { instancePath: instancePath + "/review", schemaPath: "#/definitions/evidencePath/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema25, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if (func3(data1) < 1) {
            const err5 = { instancePath: instancePath + "/review", schemaPath: "#/definitions/evidencePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        } else {
          const err6 = { instancePath: instancePath + "/review", schemaPath: "#/definitions/evidencePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.type, parentSchema: schema25, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    } else {
      const err7 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.anyOf[1].type, parentSchema: schema27.anyOf[1], data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err8 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema27.anyOf, parentSchema: schema27, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema31 = { "type": "object", "additionalProperties": false, "required": ["access"], "properties": { "owner": { "$ref": "#/definitions/owner" }, "access": { "enum": ["read", "write"], "description": "Whether the capability only reads or can change state outside the run." }, "transport": { "type": "string", "description": "How the capability is called (http, mcp, queue, ...)." }, "timeout": { "$ref": "#/definitions/duration" }, "retry": { "type": "object", "additionalProperties": false, "required": ["max_attempts"], "properties": { "max_attempts": { "type": "integer", "minimum": 0, "maximum": 100 }, "backoff": { "type": "string" } } }, "idempotency": { "type": "string", "description": "Idempotency strategy, e.g. `idempotency_key = request_id`." }, "unknown_side_effect": { "type": "string", "description": "What happens when the outcome of a call is unknown, e.g. `stop the run until reconciliation`." }, "telemetry": { "type": "string", "description": "The outcome telemetry the capability emits." }, "via_gateway": { "type": "boolean", "description": "False when the workflow can call the tool directly, bypassing the policy gateway." }, "requires_approval": { "type": "boolean" }, "session": { "type": "object", "additionalProperties": false, "required": ["stateful"], "properties": { "stateful": { "type": "boolean" }, "expiry_signal": { "type": "string", "description": "The rollout signal that shows session expiry." }, "reinit": { "type": "string", "description": "What the runtime does when the session cannot resume safely." } } } } };
var schema33 = { "type": "string", "pattern": "^[0-9]{1,9}(ms|s|m|h|d)$", "description": "A duration such as `500ms`, `30s`, `15m`, `4h` or `7d`." };
var pattern14 = new RegExp("^[0-9]{1,9}(ms|s|m|h|d)$", "u");
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.access === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "access" }, message: "must have required property 'access'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema31.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data0 = data.owner;
      const _errs4 = errors;
      let valid2 = false;
      const _errs5 = errors;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/owner", schemaPath: "#/definitions/owner/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[0].type, parentSchema: schema15.anyOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var _valid0 = _errs5 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const _errs7 = errors;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
          if (data0.name === void 0) {
            const err3 = { instancePath: instancePath + "/owner", schemaPath: "#/definitions/owner/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema15.anyOf[1].required, parentSchema: schema15.anyOf[1], data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          for (const key1 in data0) {
            if (!(key1 === "name" || key1 === "github")) {
              const err4 = { instancePath: instancePath + "/owner", schemaPath: "#/definitions/owner/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.anyOf[1], data: data0 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          if (data0.name !== void 0) {
            let data1 = data0.name;
            if (typeof data1 !== "string") {
              const err5 = { instancePath: instancePath + "/owner/name", schemaPath: "#/definitions/owner/anyOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[1].properties.name.type, parentSchema: schema15.anyOf[1].properties.name, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
          if (data0.github !== void 0) {
            let data2 = data0.github;
            if (typeof data2 === "string") {
              if (!pattern1.test(data2)) {
                const err6 = { instancePath: instancePath + "/owner/github", schemaPath: "#/definitions/owner/anyOf/1/properties/github/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$", parentSchema: schema15.anyOf[1].properties.github, data: data2 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            } else {
              const err7 = { instancePath: instancePath + "/owner/github", schemaPath: "#/definitions/owner/anyOf/1/properties/github/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[1].properties.github.type, parentSchema: schema15.anyOf[1].properties.github, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
        } else {
          const err8 = { instancePath: instancePath + "/owner", schemaPath: "#/definitions/owner/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.anyOf[1].type, parentSchema: schema15.anyOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        var _valid0 = _errs7 === errors;
        valid2 = valid2 || _valid0;
      }
      if (!valid2) {
        const err9 = { instancePath: instancePath + "/owner", schemaPath: "#/definitions/owner/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema15.anyOf, parentSchema: schema15, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      } else {
        errors = _errs4;
        if (vErrors !== null) {
          if (_errs4) {
            vErrors.length = _errs4;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.access !== void 0) {
      let data3 = data.access;
      if (!(data3 === "read" || data3 === "write")) {
        const err10 = { instancePath: instancePath + "/access", schemaPath: "#/properties/access/enum", keyword: "enum", params: { allowedValues: schema31.properties.access.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.access.enum, parentSchema: schema31.properties.access, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.transport !== void 0) {
      let data4 = data.transport;
      if (typeof data4 !== "string") {
        const err11 = { instancePath: instancePath + "/transport", schemaPath: "#/properties/transport/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.transport.type, parentSchema: schema31.properties.transport, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.timeout !== void 0) {
      let data5 = data.timeout;
      if (typeof data5 === "string") {
        if (!pattern14.test(data5)) {
          const err12 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]{1,9}(ms|s|m|h|d)$" }, message: 'must match pattern "^[0-9]{1,9}(ms|s|m|h|d)$"', schema: "^[0-9]{1,9}(ms|s|m|h|d)$", parentSchema: schema33, data: data5 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.retry !== void 0) {
      let data6 = data.retry;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.max_attempts === void 0) {
          const err14 = { instancePath: instancePath + "/retry", schemaPath: "#/properties/retry/required", keyword: "required", params: { missingProperty: "max_attempts" }, message: "must have required property 'max_attempts'", schema: schema31.properties.retry.required, parentSchema: schema31.properties.retry, data: data6 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        for (const key2 in data6) {
          if (!(key2 === "max_attempts" || key2 === "backoff")) {
            const err15 = { instancePath: instancePath + "/retry", schemaPath: "#/properties/retry/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.retry, data: data6 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data6.max_attempts !== void 0) {
          let data7 = data6.max_attempts;
          if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
            const err16 = { instancePath: instancePath + "/retry/max_attempts", schemaPath: "#/properties/retry/properties/max_attempts/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.retry.properties.max_attempts.type, parentSchema: schema31.properties.retry.properties.max_attempts, data: data7 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 > 100 || isNaN(data7)) {
              const err17 = { instancePath: instancePath + "/retry/max_attempts", schemaPath: "#/properties/retry/properties/max_attempts/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema31.properties.retry.properties.max_attempts, data: data7 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data7 < 0 || isNaN(data7)) {
              const err18 = { instancePath: instancePath + "/retry/max_attempts", schemaPath: "#/properties/retry/properties/max_attempts/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.retry.properties.max_attempts, data: data7 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
        }
        if (data6.backoff !== void 0) {
          let data8 = data6.backoff;
          if (typeof data8 !== "string") {
            const err19 = { instancePath: instancePath + "/retry/backoff", schemaPath: "#/properties/retry/properties/backoff/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.retry.properties.backoff.type, parentSchema: schema31.properties.retry.properties.backoff, data: data8 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/retry", schemaPath: "#/properties/retry/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.retry.type, parentSchema: schema31.properties.retry, data: data6 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.idempotency !== void 0) {
      let data9 = data.idempotency;
      if (typeof data9 !== "string") {
        const err21 = { instancePath: instancePath + "/idempotency", schemaPath: "#/properties/idempotency/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.idempotency.type, parentSchema: schema31.properties.idempotency, data: data9 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.unknown_side_effect !== void 0) {
      let data10 = data.unknown_side_effect;
      if (typeof data10 !== "string") {
        const err22 = { instancePath: instancePath + "/unknown_side_effect", schemaPath: "#/properties/unknown_side_effect/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.unknown_side_effect.type, parentSchema: schema31.properties.unknown_side_effect, data: data10 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.telemetry !== void 0) {
      let data11 = data.telemetry;
      if (typeof data11 !== "string") {
        const err23 = { instancePath: instancePath + "/telemetry", schemaPath: "#/properties/telemetry/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.telemetry.type, parentSchema: schema31.properties.telemetry, data: data11 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.via_gateway !== void 0) {
      let data12 = data.via_gateway;
      if (typeof data12 !== "boolean") {
        const err24 = { instancePath: instancePath + "/via_gateway", schemaPath: "#/properties/via_gateway/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.via_gateway.type, parentSchema: schema31.properties.via_gateway, data: data12 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.requires_approval !== void 0) {
      let data13 = data.requires_approval;
      if (typeof data13 !== "boolean") {
        const err25 = { instancePath: instancePath + "/requires_approval", schemaPath: "#/properties/requires_approval/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.requires_approval.type, parentSchema: schema31.properties.requires_approval, data: data13 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.session !== void 0) {
      let data14 = data.session;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        if (data14.stateful === void 0) {
          const err26 = { instancePath: instancePath + "/session", schemaPath: "#/properties/session/required", keyword: "required", params: { missingProperty: "stateful" }, message: "must have required property 'stateful'", schema: schema31.properties.session.required, parentSchema: schema31.properties.session, data: data14 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        for (const key3 in data14) {
          if (!(key3 === "stateful" || key3 === "expiry_signal" || key3 === "reinit")) {
            const err27 = { instancePath: instancePath + "/session", schemaPath: "#/properties/session/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.session, data: data14 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data14.stateful !== void 0) {
          let data15 = data14.stateful;
          if (typeof data15 !== "boolean") {
            const err28 = { instancePath: instancePath + "/session/stateful", schemaPath: "#/properties/session/properties/stateful/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.session.properties.stateful.type, parentSchema: schema31.properties.session.properties.stateful, data: data15 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data14.expiry_signal !== void 0) {
          let data16 = data14.expiry_signal;
          if (typeof data16 !== "string") {
            const err29 = { instancePath: instancePath + "/session/expiry_signal", schemaPath: "#/properties/session/properties/expiry_signal/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.session.properties.expiry_signal.type, parentSchema: schema31.properties.session.properties.expiry_signal, data: data16 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data14.reinit !== void 0) {
          let data17 = data14.reinit;
          if (typeof data17 !== "string") {
            const err30 = { instancePath: instancePath + "/session/reinit", schemaPath: "#/properties/session/properties/reinit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.session.properties.reinit.type, parentSchema: schema31.properties.session.properties.reinit, data: data17 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/session", schemaPath: "#/properties/session/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.session.type, parentSchema: schema31.properties.session, data: data14 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var schema34 = { "type": "object", "description": "The human-approval path.", "additionalProperties": false, "properties": { "queue_owner": { "$ref": "#/definitions/owner" }, "timeout": { "$ref": "#/definitions/duration" }, "backlog_threshold": { "type": "integer", "minimum": 1, "maximum": 1e9 }, "on_timeout": { "enum": ["cancel", "fallback", "escalate"] }, "fallback": { "type": "string" }, "latency_metric": { "type": "string" } } };
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "queue_owner" || key0 === "timeout" || key0 === "backlog_threshold" || key0 === "on_timeout" || key0 === "fallback" || key0 === "latency_metric")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.queue_owner !== void 0) {
      let data0 = data.queue_owner;
      const _errs4 = errors;
      let valid2 = false;
      const _errs5 = errors;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/queue_owner", schemaPath: "#/definitions/owner/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[0].type, parentSchema: schema15.anyOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var _valid0 = _errs5 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const _errs7 = errors;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
          if (data0.name === void 0) {
            const err2 = { instancePath: instancePath + "/queue_owner", schemaPath: "#/definitions/owner/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema15.anyOf[1].required, parentSchema: schema15.anyOf[1], data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          for (const key1 in data0) {
            if (!(key1 === "name" || key1 === "github")) {
              const err3 = { instancePath: instancePath + "/queue_owner", schemaPath: "#/definitions/owner/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.anyOf[1], data: data0 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
          if (data0.name !== void 0) {
            let data1 = data0.name;
            if (typeof data1 !== "string") {
              const err4 = { instancePath: instancePath + "/queue_owner/name", schemaPath: "#/definitions/owner/anyOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[1].properties.name.type, parentSchema: schema15.anyOf[1].properties.name, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          if (data0.github !== void 0) {
            let data2 = data0.github;
            if (typeof data2 === "string") {
              if (!pattern1.test(data2)) {
                const err5 = { instancePath: instancePath + "/queue_owner/github", schemaPath: "#/definitions/owner/anyOf/1/properties/github/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$", parentSchema: schema15.anyOf[1].properties.github, data: data2 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            } else {
              const err6 = { instancePath: instancePath + "/queue_owner/github", schemaPath: "#/definitions/owner/anyOf/1/properties/github/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[1].properties.github.type, parentSchema: schema15.anyOf[1].properties.github, data: data2 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
        } else {
          const err7 = { instancePath: instancePath + "/queue_owner", schemaPath: "#/definitions/owner/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.anyOf[1].type, parentSchema: schema15.anyOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        var _valid0 = _errs7 === errors;
        valid2 = valid2 || _valid0;
      }
      if (!valid2) {
        const err8 = { instancePath: instancePath + "/queue_owner", schemaPath: "#/definitions/owner/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema15.anyOf, parentSchema: schema15, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs4;
        if (vErrors !== null) {
          if (_errs4) {
            vErrors.length = _errs4;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.timeout !== void 0) {
      let data3 = data.timeout;
      if (typeof data3 === "string") {
        if (!pattern14.test(data3)) {
          const err9 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]{1,9}(ms|s|m|h|d)$" }, message: 'must match pattern "^[0-9]{1,9}(ms|s|m|h|d)$"', schema: "^[0-9]{1,9}(ms|s|m|h|d)$", parentSchema: schema33, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.backlog_threshold !== void 0) {
      let data4 = data.backlog_threshold;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err11 = { instancePath: instancePath + "/backlog_threshold", schemaPath: "#/properties/backlog_threshold/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.properties.backlog_threshold.type, parentSchema: schema34.properties.backlog_threshold, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 > 1e9 || isNaN(data4)) {
          const err12 = { instancePath: instancePath + "/backlog_threshold", schemaPath: "#/properties/backlog_threshold/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema34.properties.backlog_threshold, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data4 < 1 || isNaN(data4)) {
          const err13 = { instancePath: instancePath + "/backlog_threshold", schemaPath: "#/properties/backlog_threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema34.properties.backlog_threshold, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.on_timeout !== void 0) {
      let data5 = data.on_timeout;
      if (!(data5 === "cancel" || data5 === "fallback" || data5 === "escalate")) {
        const err14 = { instancePath: instancePath + "/on_timeout", schemaPath: "#/properties/on_timeout/enum", keyword: "enum", params: { allowedValues: schema34.properties.on_timeout.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.on_timeout.enum, parentSchema: schema34.properties.on_timeout, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.fallback !== void 0) {
      let data6 = data.fallback;
      if (typeof data6 !== "string") {
        const err15 = { instancePath: instancePath + "/fallback", schemaPath: "#/properties/fallback/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.fallback.type, parentSchema: schema34.properties.fallback, data: data6 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.latency_metric !== void 0) {
      let data7 = data.latency_metric;
      if (typeof data7 !== "string") {
        const err16 = { instancePath: instancePath + "/latency_metric", schemaPath: "#/properties/latency_metric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.latency_metric.type, parentSchema: schema34.properties.latency_metric, data: data7 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
var schema38 = { "description": "Readiness evidence: a plain path to a document, or typed evidence whose metrics the gate reads and checks.", "anyOf": [{ "$ref": "#/definitions/evidencePath" }, { "$ref": "#/definitions/typedEvidence" }] };
var schema40 = { "type": "object", "description": "Evidence the gate reads: a results file in a known format, and the criteria that must hold in it.", "additionalProperties": false, "required": ["path", "format"], "properties": { "path": { "$ref": "#/definitions/evidencePath" }, "format": { "enum": ["promptfoo", "junit", "metrics"], "description": "promptfoo: a promptfoo results JSON; junit: a JUnit XML report; metrics: a JSON or YAML file of named numbers." }, "pointer": { "type": "string", "maxLength": 1024, "pattern": "^(/.*)?$", "description": "For the metrics format: a JSON Pointer to the object of metrics, e.g. /summary/scores." }, "require": { "type": "object", "description": 'Criteria that must hold: metric name to bound, e.g. pass_rate: ">= 0.95", errors: "== 0".', "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_.]{0,127}$" }, "additionalProperties": { "type": "string", "minLength": 1, "maxLength": 64, "pattern": "^\\s*(>=|<=|==|!=|>|<)" } } } };
var pattern17 = new RegExp("^(/.*)?$", "u");
var pattern18 = new RegExp("^[A-Za-z_][A-Za-z0-9_.]{0,127}$", "u");
var pattern19 = new RegExp("^\\s*(>=|<=|==|!=|>|<)", "u");
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.format === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "path" || key0 === "format" || key0 === "pointer" || key0 === "require")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data0 = data.path;
      if (typeof data0 === "string") {
        if (func3(data0) > 1024) {
          const err3 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/evidencePath/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema25, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func3(data0) < 1) {
          const err4 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/evidencePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/evidencePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.type, parentSchema: schema25, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.format !== void 0) {
      let data1 = data.format;
      if (!(data1 === "promptfoo" || data1 === "junit" || data1 === "metrics")) {
        const err6 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/enum", keyword: "enum", params: { allowedValues: schema40.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema40.properties.format.enum, parentSchema: schema40.properties.format, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.pointer !== void 0) {
      let data2 = data.pointer;
      if (typeof data2 === "string") {
        if (func3(data2) > 1024) {
          const err7 = { instancePath: instancePath + "/pointer", schemaPath: "#/properties/pointer/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema40.properties.pointer, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern17.test(data2)) {
          const err8 = { instancePath: instancePath + "/pointer", schemaPath: "#/properties/pointer/pattern", keyword: "pattern", params: { pattern: "^(/.*)?$" }, message: 'must match pattern "^(/.*)?$"', schema: "^(/.*)?$", parentSchema: schema40.properties.pointer, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/pointer", schemaPath: "#/properties/pointer/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.pointer.type, parentSchema: schema40.properties.pointer, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.require !== void 0) {
      let data3 = data.require;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          const _errs10 = errors;
          if (typeof key1 === "string") {
            if (!pattern18.test(key1)) {
              const err10 = { instancePath: instancePath + "/require", schemaPath: "#/properties/require/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.]{0,127}$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_.]{0,127}$"', schema: "^[A-Za-z_][A-Za-z0-9_.]{0,127}$", parentSchema: schema40.properties.require.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
          var valid2 = _errs10 === errors;
          if (!valid2) {
            const err11 = { instancePath: instancePath + "/require", schemaPath: "#/properties/require/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema40.properties.require.propertyNames, parentSchema: schema40.properties.require, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        for (const key2 in data3) {
          let data4 = data3[key2];
          if (typeof data4 === "string") {
            if (func3(data4) > 64) {
              const err12 = { instancePath: instancePath + "/require/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/require/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema40.properties.require.additionalProperties, data: data4 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (func3(data4) < 1) {
              const err13 = { instancePath: instancePath + "/require/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/require/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.properties.require.additionalProperties, data: data4 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (!pattern19.test(data4)) {
              const err14 = { instancePath: instancePath + "/require/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/require/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^\\s*(>=|<=|==|!=|>|<)" }, message: 'must match pattern "^\\s*(>=|<=|==|!=|>|<)"', schema: "^\\s*(>=|<=|==|!=|>|<)", parentSchema: schema40.properties.require.additionalProperties, data: data4 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/require/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/require/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.require.additionalProperties.type, parentSchema: schema40.properties.require.additionalProperties, data: data4 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/require", schemaPath: "#/properties/require/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.properties.require.type, parentSchema: schema40.properties.require, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.type, parentSchema: schema40, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (typeof data === "string") {
    if (func3(data) > 1024) {
      const err0 = { instancePath, schemaPath: "#/definitions/evidencePath/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (func3(data) < 1) {
      const err1 = { instancePath, schemaPath: "#/definitions/evidencePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/definitions/evidencePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.type, parentSchema: schema25, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs4 = errors;
    if (!validate18(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs4 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema38.anyOf, parentSchema: schema38, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate17.errors = vErrors;
  return errors === 0;
}
var schema44 = { "description": "One object that carries the rollout's exposure, chosen by `kind`.", "anyOf": [{ "type": "object", "description": "An OpenFeature flagd flag definition (JSON): the share of evaluations of `flag` that get `variant`, from its `state`, `defaultVariant` and `targeting` (`fractional` splits, `if` segments).", "additionalProperties": false, "required": ["kind", "path", "flag", "variant"], "properties": { "kind": { "enum": ["flagd"] }, "path": { "$ref": "#/definitions/evidencePath" }, "flag": { "type": "string", "minLength": 1, "description": "The flag's key under `flags`." }, "variant": { "type": "string", "minLength": 1, "description": "The variant that turns the rollout on." } } }, { "type": "object", "description": "An Argo Rollouts `Rollout` (YAML, one document): the weight its canary steps reach before the first indefinite pause (scaled by `maxTrafficWeight`), or for blue-green whether it promotes by itself.", "additionalProperties": false, "required": ["kind", "path", "name"], "properties": { "kind": { "enum": ["argo_rollout"] }, "path": { "$ref": "#/definitions/evidencePath" }, "name": { "type": "string", "minLength": 1, "description": "The Rollout's `metadata.name`." } } }, { "type": "object", "description": "An Argo Rollouts `AnalysisTemplate` (YAML, one document): no share of its own, but its metrics' `successCondition` and `failureCondition` (the forms `result <op> number` and `result[0] <op> number`) are matched against the manifest's stop conditions, and loosening one counts as loosening the stop condition.", "additionalProperties": false, "required": ["kind", "path", "name"], "properties": { "kind": { "enum": ["argo_analysis_template"] }, "path": { "$ref": "#/definitions/evidencePath" }, "name": { "type": "string", "minLength": 1, "description": "The AnalysisTemplate's `metadata.name`." } } }, { "type": "object", "description": "A Flagger `Canary` (YAML, one document): the weight its analysis reaches before a confirmation webhook waits for a person (100% without one), its metrics' accepted ranges and its ramp (stepWeight, interval, threshold).", "additionalProperties": false, "required": ["kind", "path", "name"], "properties": { "kind": { "enum": ["flagger_canary"] }, "path": { "$ref": "#/definitions/evidencePath" }, "name": { "type": "string", "minLength": 1, "description": "The Canary's `metadata.name`." } } }, { "type": "object", "description": "A GO Feature Flag flag file (YAML or JSON): the share of evaluations of `flag` that get `variation` from its defaultRule and targeting (`variation`, `percentage`, `progressiveRollout`), judged at --now and at every later date its scheduledRollout steps and ramps name.", "additionalProperties": false, "required": ["kind", "path", "flag", "variation"], "properties": { "kind": { "enum": ["go_feature_flag"] }, "path": { "$ref": "#/definitions/evidencePath" }, "flag": { "type": "string", "minLength": 1, "description": "The flag's key at the top of the file." }, "variation": { "type": "string", "minLength": 1, "description": "The variation that turns the rollout on." } } }] };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema44.anyOf[0].required, parentSchema: schema44.anyOf[0], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.path === void 0) {
      const err1 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema44.anyOf[0].required, parentSchema: schema44.anyOf[0], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.flag === void 0) {
      const err2 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "flag" }, message: "must have required property 'flag'", schema: schema44.anyOf[0].required, parentSchema: schema44.anyOf[0], data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.variant === void 0) {
      const err3 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "variant" }, message: "must have required property 'variant'", schema: schema44.anyOf[0].required, parentSchema: schema44.anyOf[0], data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "path" || key0 === "flag" || key0 === "variant")) {
        const err4 = { instancePath, schemaPath: "#/anyOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44.anyOf[0], data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if (!(data0 === "flagd")) {
        const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/anyOf/0/properties/kind/enum", keyword: "enum", params: { allowedValues: schema44.anyOf[0].properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema44.anyOf[0].properties.kind.enum, parentSchema: schema44.anyOf[0].properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data1 = data.path;
      if (typeof data1 === "string") {
        if (func3(data1) > 1024) {
          const err6 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/evidencePath/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema25, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func3(data1) < 1) {
          const err7 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/evidencePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/evidencePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.type, parentSchema: schema25, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.flag !== void 0) {
      let data2 = data.flag;
      if (typeof data2 === "string") {
        if (func3(data2) < 1) {
          const err9 = { instancePath: instancePath + "/flag", schemaPath: "#/anyOf/0/properties/flag/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema44.anyOf[0].properties.flag, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/flag", schemaPath: "#/anyOf/0/properties/flag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.anyOf[0].properties.flag.type, parentSchema: schema44.anyOf[0].properties.flag, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.variant !== void 0) {
      let data3 = data.variant;
      if (typeof data3 === "string") {
        if (func3(data3) < 1) {
          const err11 = { instancePath: instancePath + "/variant", schemaPath: "#/anyOf/0/properties/variant/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema44.anyOf[0].properties.variant, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/variant", schemaPath: "#/anyOf/0/properties/variant/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.anyOf[0].properties.variant.type, parentSchema: schema44.anyOf[0].properties.variant, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.anyOf[0].type, parentSchema: schema44.anyOf[0], data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs12 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.kind === void 0) {
        const err14 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema44.anyOf[1].required, parentSchema: schema44.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (data.path === void 0) {
        const err15 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema44.anyOf[1].required, parentSchema: schema44.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (data.name === void 0) {
        const err16 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema44.anyOf[1].required, parentSchema: schema44.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      for (const key1 in data) {
        if (!(key1 === "kind" || key1 === "path" || key1 === "name")) {
          const err17 = { instancePath, schemaPath: "#/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44.anyOf[1], data };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
      if (data.kind !== void 0) {
        let data4 = data.kind;
        if (!(data4 === "argo_rollout")) {
          const err18 = { instancePath: instancePath + "/kind", schemaPath: "#/anyOf/1/properties/kind/enum", keyword: "enum", params: { allowedValues: schema44.anyOf[1].properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema44.anyOf[1].properties.kind.enum, parentSchema: schema44.anyOf[1].properties.kind, data: data4 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
      if (data.path !== void 0) {
        let data5 = data.path;
        if (typeof data5 === "string") {
          if (func3(data5) > 1024) {
            const err19 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/evidencePath/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema25, data: data5 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (func3(data5) < 1) {
            const err20 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/evidencePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25, data: data5 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        } else {
          const err21 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/evidencePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.type, parentSchema: schema25, data: data5 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
      if (data.name !== void 0) {
        let data6 = data.name;
        if (typeof data6 === "string") {
          if (func3(data6) < 1) {
            const err22 = { instancePath: instancePath + "/name", schemaPath: "#/anyOf/1/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema44.anyOf[1].properties.name, data: data6 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        } else {
          const err23 = { instancePath: instancePath + "/name", schemaPath: "#/anyOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.anyOf[1].properties.name.type, parentSchema: schema44.anyOf[1].properties.name, data: data6 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
    } else {
      const err24 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.anyOf[1].type, parentSchema: schema44.anyOf[1], data };
      if (vErrors === null) {
        vErrors = [err24];
      } else {
        vErrors.push(err24);
      }
      errors++;
    }
    var _valid0 = _errs12 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
      const _errs21 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.kind === void 0) {
          const err25 = { instancePath, schemaPath: "#/anyOf/2/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema44.anyOf[2].required, parentSchema: schema44.anyOf[2], data };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data.path === void 0) {
          const err26 = { instancePath, schemaPath: "#/anyOf/2/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema44.anyOf[2].required, parentSchema: schema44.anyOf[2], data };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data.name === void 0) {
          const err27 = { instancePath, schemaPath: "#/anyOf/2/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema44.anyOf[2].required, parentSchema: schema44.anyOf[2], data };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        for (const key2 in data) {
          if (!(key2 === "kind" || key2 === "path" || key2 === "name")) {
            const err28 = { instancePath, schemaPath: "#/anyOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44.anyOf[2], data };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data.kind !== void 0) {
          let data7 = data.kind;
          if (!(data7 === "argo_analysis_template")) {
            const err29 = { instancePath: instancePath + "/kind", schemaPath: "#/anyOf/2/properties/kind/enum", keyword: "enum", params: { allowedValues: schema44.anyOf[2].properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema44.anyOf[2].properties.kind.enum, parentSchema: schema44.anyOf[2].properties.kind, data: data7 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data.path !== void 0) {
          let data8 = data.path;
          if (typeof data8 === "string") {
            if (func3(data8) > 1024) {
              const err30 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/evidencePath/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema25, data: data8 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (func3(data8) < 1) {
              const err31 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/evidencePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25, data: data8 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/evidencePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.type, parentSchema: schema25, data: data8 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data.name !== void 0) {
          let data9 = data.name;
          if (typeof data9 === "string") {
            if (func3(data9) < 1) {
              const err33 = { instancePath: instancePath + "/name", schemaPath: "#/anyOf/2/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema44.anyOf[2].properties.name, data: data9 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/name", schemaPath: "#/anyOf/2/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.anyOf[2].properties.name.type, parentSchema: schema44.anyOf[2].properties.name, data: data9 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath, schemaPath: "#/anyOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.anyOf[2].type, parentSchema: schema44.anyOf[2], data };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      var _valid0 = _errs21 === errors;
      valid0 = valid0 || _valid0;
      if (!valid0) {
        const _errs30 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.kind === void 0) {
            const err36 = { instancePath, schemaPath: "#/anyOf/3/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema44.anyOf[3].required, parentSchema: schema44.anyOf[3], data };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          if (data.path === void 0) {
            const err37 = { instancePath, schemaPath: "#/anyOf/3/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema44.anyOf[3].required, parentSchema: schema44.anyOf[3], data };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          if (data.name === void 0) {
            const err38 = { instancePath, schemaPath: "#/anyOf/3/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema44.anyOf[3].required, parentSchema: schema44.anyOf[3], data };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          for (const key3 in data) {
            if (!(key3 === "kind" || key3 === "path" || key3 === "name")) {
              const err39 = { instancePath, schemaPath: "#/anyOf/3/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44.anyOf[3], data };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          }
          if (data.kind !== void 0) {
            let data10 = data.kind;
            if (!(data10 === "flagger_canary")) {
              const err40 = { instancePath: instancePath + "/kind", schemaPath: "#/anyOf/3/properties/kind/enum", keyword: "enum", params: { allowedValues: schema44.anyOf[3].properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema44.anyOf[3].properties.kind.enum, parentSchema: schema44.anyOf[3].properties.kind, data: data10 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          }
          if (data.path !== void 0) {
            let data11 = data.path;
            if (typeof data11 === "string") {
              if (func3(data11) > 1024) {
                const err41 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/evidencePath/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema25, data: data11 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
              if (func3(data11) < 1) {
                const err42 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/evidencePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25, data: data11 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            } else {
              const err43 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/evidencePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.type, parentSchema: schema25, data: data11 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          }
          if (data.name !== void 0) {
            let data12 = data.name;
            if (typeof data12 === "string") {
              if (func3(data12) < 1) {
                const err44 = { instancePath: instancePath + "/name", schemaPath: "#/anyOf/3/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema44.anyOf[3].properties.name, data: data12 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            } else {
              const err45 = { instancePath: instancePath + "/name", schemaPath: "#/anyOf/3/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.anyOf[3].properties.name.type, parentSchema: schema44.anyOf[3].properties.name, data: data12 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          }
        } else {
          const err46 = { instancePath, schemaPath: "#/anyOf/3/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.anyOf[3].type, parentSchema: schema44.anyOf[3], data };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        var _valid0 = _errs30 === errors;
        valid0 = valid0 || _valid0;
        if (!valid0) {
          const _errs39 = errors;
          if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.kind === void 0) {
              const err47 = { instancePath, schemaPath: "#/anyOf/4/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema44.anyOf[4].required, parentSchema: schema44.anyOf[4], data };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            if (data.path === void 0) {
              const err48 = { instancePath, schemaPath: "#/anyOf/4/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema44.anyOf[4].required, parentSchema: schema44.anyOf[4], data };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (data.flag === void 0) {
              const err49 = { instancePath, schemaPath: "#/anyOf/4/required", keyword: "required", params: { missingProperty: "flag" }, message: "must have required property 'flag'", schema: schema44.anyOf[4].required, parentSchema: schema44.anyOf[4], data };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data.variation === void 0) {
              const err50 = { instancePath, schemaPath: "#/anyOf/4/required", keyword: "required", params: { missingProperty: "variation" }, message: "must have required property 'variation'", schema: schema44.anyOf[4].required, parentSchema: schema44.anyOf[4], data };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            for (const key4 in data) {
              if (!(key4 === "kind" || key4 === "path" || key4 === "flag" || key4 === "variation")) {
                const err51 = { instancePath, schemaPath: "#/anyOf/4/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44.anyOf[4], data };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data.kind !== void 0) {
              let data13 = data.kind;
              if (!(data13 === "go_feature_flag")) {
                const err52 = { instancePath: instancePath + "/kind", schemaPath: "#/anyOf/4/properties/kind/enum", keyword: "enum", params: { allowedValues: schema44.anyOf[4].properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema44.anyOf[4].properties.kind.enum, parentSchema: schema44.anyOf[4].properties.kind, data: data13 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data.path !== void 0) {
              let data14 = data.path;
              if (typeof data14 === "string") {
                if (func3(data14) > 1024) {
                  const err53 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/evidencePath/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema25, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
                if (func3(data14) < 1) {
                  const err54 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/evidencePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              } else {
                const err55 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/evidencePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.type, parentSchema: schema25, data: data14 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data.flag !== void 0) {
              let data15 = data.flag;
              if (typeof data15 === "string") {
                if (func3(data15) < 1) {
                  const err56 = { instancePath: instancePath + "/flag", schemaPath: "#/anyOf/4/properties/flag/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema44.anyOf[4].properties.flag, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              } else {
                const err57 = { instancePath: instancePath + "/flag", schemaPath: "#/anyOf/4/properties/flag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.anyOf[4].properties.flag.type, parentSchema: schema44.anyOf[4].properties.flag, data: data15 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data.variation !== void 0) {
              let data16 = data.variation;
              if (typeof data16 === "string") {
                if (func3(data16) < 1) {
                  const err58 = { instancePath: instancePath + "/variation", schemaPath: "#/anyOf/4/properties/variation/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema44.anyOf[4].properties.variation, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              } else {
                const err59 = { instancePath: instancePath + "/variation", schemaPath: "#/anyOf/4/properties/variation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.anyOf[4].properties.variation.type, parentSchema: schema44.anyOf[4].properties.variation, data: data16 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
          } else {
            const err60 = { instancePath, schemaPath: "#/anyOf/4/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.anyOf[4].type, parentSchema: schema44.anyOf[4], data };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
          var _valid0 = _errs39 === errors;
          valid0 = valid0 || _valid0;
        }
      }
    }
  }
  if (!valid0) {
    const err61 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema44.anyOf, parentSchema: schema44, data };
    if (vErrors === null) {
      vErrors = [err61];
    } else {
      vErrors.push(err61);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate34.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.rollout_plan === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rollout_plan" }, message: "must have required property 'rollout_plan'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "rollout_plan")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.rollout_plan !== void 0) {
      let data0 = data.rollout_plan;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.workflow === void 0) {
          const err2 = { instancePath: instancePath + "/rollout_plan", schemaPath: "#/properties/rollout_plan/required", keyword: "required", params: { missingProperty: "workflow" }, message: "must have required property 'workflow'", schema: schema11.properties.rollout_plan.required, parentSchema: schema11.properties.rollout_plan, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.stages === void 0) {
          const err3 = { instancePath: instancePath + "/rollout_plan", schemaPath: "#/properties/rollout_plan/required", keyword: "required", params: { missingProperty: "stages" }, message: "must have required property 'stages'", schema: schema11.properties.rollout_plan.required, parentSchema: schema11.properties.rollout_plan, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!func2.call(schema11.properties.rollout_plan.properties, key1)) {
            const err4 = { instancePath: instancePath + "/rollout_plan", schemaPath: "#/properties/rollout_plan/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rollout_plan, data: data0 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.workflow !== void 0) {
          let data1 = data0.workflow;
          if (typeof data1 === "string") {
            if (func3(data1) < 1) {
              const err5 = { instancePath: instancePath + "/rollout_plan/workflow", schemaPath: "#/properties/rollout_plan/properties/workflow/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.rollout_plan.properties.workflow, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/rollout_plan/workflow", schemaPath: "#/properties/rollout_plan/properties/workflow/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rollout_plan.properties.workflow.type, parentSchema: schema11.properties.rollout_plan.properties.workflow, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.current_stage !== void 0) {
          let data2 = data0.current_stage;
          if (typeof data2 === "string") {
            if (func3(data2) < 1) {
              const err7 = { instancePath: instancePath + "/rollout_plan/current_stage", schemaPath: "#/properties/rollout_plan/properties/current_stage/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.rollout_plan.properties.current_stage, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/rollout_plan/current_stage", schemaPath: "#/properties/rollout_plan/properties/current_stage/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rollout_plan.properties.current_stage.type, parentSchema: schema11.properties.rollout_plan.properties.current_stage, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.stages !== void 0) {
          let data3 = data0.stages;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (Object.keys(data3).length < 1) {
              const err9 = { instancePath: instancePath + "/rollout_plan/stages", schemaPath: "#/properties/rollout_plan/properties/stages/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.rollout_plan.properties.stages, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            for (const key2 in data3) {
              const _errs11 = errors;
              if (typeof key2 === "string") {
                if (!pattern0.test(key2)) {
                  const err10 = { instancePath: instancePath + "/rollout_plan/stages", schemaPath: "#/properties/rollout_plan/properties/stages/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_-]*$"', schema: "^[A-Za-z][A-Za-z0-9_-]*$", parentSchema: schema11.properties.rollout_plan.properties.stages.propertyNames, data: key2, propertyName: key2 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              }
              var valid2 = _errs11 === errors;
              if (!valid2) {
                const err11 = { instancePath: instancePath + "/rollout_plan/stages", schemaPath: "#/properties/rollout_plan/properties/stages/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema11.properties.rollout_plan.properties.stages.propertyNames, parentSchema: schema11.properties.rollout_plan.properties.stages, data: data3 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            for (const key3 in data3) {
              let data4 = data3[key3];
              if (!(data4 && typeof data4 == "object" && !Array.isArray(data4)) && data4 !== null) {
                const err12 = { instancePath: instancePath + "/rollout_plan/stages/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stage/type", keyword: "type", params: { type: schema12.type }, message: "must be object,null", schema: schema12.type, parentSchema: schema12, data: data4 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
              if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                for (const key4 in data4) {
                  if (!(key4 === "users" || key4 === "accounts" || key4 === "traffic_percent" || key4 === "tenant_percent" || key4 === "entry" || key4 === "exit")) {
                    const err13 = { instancePath: instancePath + "/rollout_plan/stages/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data: data4 };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
                if (data4.users !== void 0) {
                  let data5 = data4.users;
                  if (typeof data5 !== "string") {
                    const err14 = { instancePath: instancePath + "/rollout_plan/stages/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/users", schemaPath: "#/definitions/stage/properties/users/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.users.type, parentSchema: schema12.properties.users, data: data5 };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
                if (data4.accounts !== void 0) {
                  let data6 = data4.accounts;
                  if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
                    const err15 = { instancePath: instancePath + "/rollout_plan/stages/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/accounts", schemaPath: "#/definitions/stage/properties/accounts/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.accounts.type, parentSchema: schema12.properties.accounts, data: data6 };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                  if (typeof data6 == "number" && isFinite(data6)) {
                    if (data6 > 1e9 || isNaN(data6)) {
                      const err16 = { instancePath: instancePath + "/rollout_plan/stages/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/accounts", schemaPath: "#/definitions/stage/properties/accounts/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema12.properties.accounts, data: data6 };
                      if (vErrors === null) {
                        vErrors = [err16];
                      } else {
                        vErrors.push(err16);
                      }
                      errors++;
                    }
                    if (data6 < 0 || isNaN(data6)) {
                      const err17 = { instancePath: instancePath + "/rollout_plan/stages/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/accounts", schemaPath: "#/definitions/stage/properties/accounts/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.accounts, data: data6 };
                      if (vErrors === null) {
                        vErrors = [err17];
                      } else {
                        vErrors.push(err17);
                      }
                      errors++;
                    }
                  }
                }
                if (data4.traffic_percent !== void 0) {
                  let data7 = data4.traffic_percent;
                  if (typeof data7 == "number" && isFinite(data7)) {
                    if (data7 > 100 || isNaN(data7)) {
                      const err18 = { instancePath: instancePath + "/rollout_plan/stages/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/traffic_percent", schemaPath: "#/definitions/stage/properties/traffic_percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema12.properties.traffic_percent, data: data7 };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                    }
                    if (data7 < 0 || isNaN(data7)) {
                      const err19 = { instancePath: instancePath + "/rollout_plan/stages/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/traffic_percent", schemaPath: "#/definitions/stage/properties/traffic_percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.traffic_percent, data: data7 };
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                    }
                  } else {
                    const err20 = { instancePath: instancePath + "/rollout_plan/stages/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/traffic_percent", schemaPath: "#/definitions/stage/properties/traffic_percent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.traffic_percent.type, parentSchema: schema12.properties.traffic_percent, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
                if (data4.tenant_percent !== void 0) {
                  let data8 = data4.tenant_percent;
                  if (typeof data8 == "number" && isFinite(data8)) {
                    if (data8 > 100 || isNaN(data8)) {
                      const err21 = { instancePath: instancePath + "/rollout_plan/stages/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/tenant_percent", schemaPath: "#/definitions/stage/properties/tenant_percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema12.properties.tenant_percent, data: data8 };
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                    }
                    if (data8 < 0 || isNaN(data8)) {
                      const err22 = { instancePath: instancePath + "/rollout_plan/stages/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/tenant_percent", schemaPath: "#/definitions/stage/properties/tenant_percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.tenant_percent, data: data8 };
                      if (vErrors === null) {
                        vErrors = [err22];
                      } else {
                        vErrors.push(err22);
                      }
                      errors++;
                    }
                  } else {
                    const err23 = { instancePath: instancePath + "/rollout_plan/stages/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/tenant_percent", schemaPath: "#/definitions/stage/properties/tenant_percent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.tenant_percent.type, parentSchema: schema12.properties.tenant_percent, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
                if (data4.entry !== void 0) {
                  let data9 = data4.entry;
                  if (Array.isArray(data9)) {
                    const len0 = data9.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data10 = data9[i0];
                      if (typeof data10 === "string") {
                        if (func3(data10) < 1) {
                          const err24 = { instancePath: instancePath + "/rollout_plan/stages/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/entry/" + i0, schemaPath: "#/definitions/stage/properties/entry/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.entry.items, data: data10 };
                          if (vErrors === null) {
                            vErrors = [err24];
                          } else {
                            vErrors.push(err24);
                          }
                          errors++;
                        }
                      } else {
                        const err25 = { instancePath: instancePath + "/rollout_plan/stages/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/entry/" + i0, schemaPath: "#/definitions/stage/properties/entry/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.entry.items.type, parentSchema: schema12.properties.entry.items, data: data10 };
                        if (vErrors === null) {
                          vErrors = [err25];
                        } else {
                          vErrors.push(err25);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err26 = { instancePath: instancePath + "/rollout_plan/stages/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/entry", schemaPath: "#/definitions/stage/properties/entry/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.entry.type, parentSchema: schema12.properties.entry, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
                if (data4.exit !== void 0) {
                  let data11 = data4.exit;
                  if (Array.isArray(data11)) {
                    const len1 = data11.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data12 = data11[i1];
                      if (typeof data12 === "string") {
                        if (func3(data12) < 1) {
                          const err27 = { instancePath: instancePath + "/rollout_plan/stages/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/exit/" + i1, schemaPath: "#/definitions/stage/properties/exit/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.exit.items, data: data12 };
                          if (vErrors === null) {
                            vErrors = [err27];
                          } else {
                            vErrors.push(err27);
                          }
                          errors++;
                        }
                      } else {
                        const err28 = { instancePath: instancePath + "/rollout_plan/stages/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/exit/" + i1, schemaPath: "#/definitions/stage/properties/exit/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.exit.items.type, parentSchema: schema12.properties.exit.items, data: data12 };
                        if (vErrors === null) {
                          vErrors = [err28];
                        } else {
                          vErrors.push(err28);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err29 = { instancePath: instancePath + "/rollout_plan/stages/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/exit", schemaPath: "#/definitions/stage/properties/exit/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.exit.type, parentSchema: schema12.properties.exit, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/rollout_plan/stages", schemaPath: "#/properties/rollout_plan/properties/stages/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rollout_plan.properties.stages.type, parentSchema: schema11.properties.rollout_plan.properties.stages, data: data3 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data0.stop_conditions !== void 0) {
          let data13 = data0.stop_conditions;
          if (Array.isArray(data13)) {
            const len2 = data13.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data14 = data13[i2];
              const _errs37 = errors;
              let valid13 = false;
              const _errs38 = errors;
              if (typeof data14 !== "string") {
                const err31 = { instancePath: instancePath + "/rollout_plan/stop_conditions/" + i2, schemaPath: "#/definitions/condition/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.anyOf[0].type, parentSchema: schema13.anyOf[0], data: data14 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
              var _valid0 = _errs38 === errors;
              valid13 = valid13 || _valid0;
              if (!valid13) {
                const _errs40 = errors;
                if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                  if (data14.condition === void 0) {
                    const err32 = { instancePath: instancePath + "/rollout_plan/stop_conditions/" + i2, schemaPath: "#/definitions/condition/anyOf/1/required", keyword: "required", params: { missingProperty: "condition" }, message: "must have required property 'condition'", schema: schema13.anyOf[1].required, parentSchema: schema13.anyOf[1], data: data14 };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                  for (const key5 in data14) {
                    if (!(key5 === "condition" || key5 === "action")) {
                      const err33 = { instancePath: instancePath + "/rollout_plan/stop_conditions/" + i2, schemaPath: "#/definitions/condition/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.anyOf[1], data: data14 };
                      if (vErrors === null) {
                        vErrors = [err33];
                      } else {
                        vErrors.push(err33);
                      }
                      errors++;
                    }
                  }
                  if (data14.condition !== void 0) {
                    let data15 = data14.condition;
                    if (typeof data15 !== "string") {
                      const err34 = { instancePath: instancePath + "/rollout_plan/stop_conditions/" + i2 + "/condition", schemaPath: "#/definitions/condition/anyOf/1/properties/condition/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.anyOf[1].properties.condition.type, parentSchema: schema13.anyOf[1].properties.condition, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                  }
                  if (data14.action !== void 0) {
                    let data16 = data14.action;
                    if (!(data16 === "pause" || data16 === "rollback" || data16 === "reduce_autonomy" || data16 === "narrow_exposure" || data16 === "page")) {
                      const err35 = { instancePath: instancePath + "/rollout_plan/stop_conditions/" + i2 + "/action", schemaPath: "#/definitions/condition/anyOf/1/properties/action/enum", keyword: "enum", params: { allowedValues: schema13.anyOf[1].properties.action.enum }, message: "must be equal to one of the allowed values", schema: schema13.anyOf[1].properties.action.enum, parentSchema: schema13.anyOf[1].properties.action, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err36 = { instancePath: instancePath + "/rollout_plan/stop_conditions/" + i2, schemaPath: "#/definitions/condition/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.anyOf[1].type, parentSchema: schema13.anyOf[1], data: data14 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                var _valid0 = _errs40 === errors;
                valid13 = valid13 || _valid0;
              }
              if (!valid13) {
                const err37 = { instancePath: instancePath + "/rollout_plan/stop_conditions/" + i2, schemaPath: "#/definitions/condition/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema13.anyOf, parentSchema: schema13, data: data14 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              } else {
                errors = _errs37;
                if (vErrors !== null) {
                  if (_errs37) {
                    vErrors.length = _errs37;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/rollout_plan/stop_conditions", schemaPath: "#/properties/rollout_plan/properties/stop_conditions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rollout_plan.properties.stop_conditions.type, parentSchema: schema11.properties.rollout_plan.properties.stop_conditions, data: data13 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data0.rollback_triggers !== void 0) {
          let data17 = data0.rollback_triggers;
          if (Array.isArray(data17)) {
            const len3 = data17.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data18 = data17[i3];
              const _errs50 = errors;
              let valid18 = false;
              const _errs51 = errors;
              if (typeof data18 !== "string") {
                const err39 = { instancePath: instancePath + "/rollout_plan/rollback_triggers/" + i3, schemaPath: "#/definitions/condition/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.anyOf[0].type, parentSchema: schema13.anyOf[0], data: data18 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
              var _valid1 = _errs51 === errors;
              valid18 = valid18 || _valid1;
              if (!valid18) {
                const _errs53 = errors;
                if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                  if (data18.condition === void 0) {
                    const err40 = { instancePath: instancePath + "/rollout_plan/rollback_triggers/" + i3, schemaPath: "#/definitions/condition/anyOf/1/required", keyword: "required", params: { missingProperty: "condition" }, message: "must have required property 'condition'", schema: schema13.anyOf[1].required, parentSchema: schema13.anyOf[1], data: data18 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                  for (const key6 in data18) {
                    if (!(key6 === "condition" || key6 === "action")) {
                      const err41 = { instancePath: instancePath + "/rollout_plan/rollback_triggers/" + i3, schemaPath: "#/definitions/condition/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.anyOf[1], data: data18 };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                  }
                  if (data18.condition !== void 0) {
                    let data19 = data18.condition;
                    if (typeof data19 !== "string") {
                      const err42 = { instancePath: instancePath + "/rollout_plan/rollback_triggers/" + i3 + "/condition", schemaPath: "#/definitions/condition/anyOf/1/properties/condition/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.anyOf[1].properties.condition.type, parentSchema: schema13.anyOf[1].properties.condition, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                    }
                  }
                  if (data18.action !== void 0) {
                    let data20 = data18.action;
                    if (!(data20 === "pause" || data20 === "rollback" || data20 === "reduce_autonomy" || data20 === "narrow_exposure" || data20 === "page")) {
                      const err43 = { instancePath: instancePath + "/rollout_plan/rollback_triggers/" + i3 + "/action", schemaPath: "#/definitions/condition/anyOf/1/properties/action/enum", keyword: "enum", params: { allowedValues: schema13.anyOf[1].properties.action.enum }, message: "must be equal to one of the allowed values", schema: schema13.anyOf[1].properties.action.enum, parentSchema: schema13.anyOf[1].properties.action, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err44 = { instancePath: instancePath + "/rollout_plan/rollback_triggers/" + i3, schemaPath: "#/definitions/condition/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.anyOf[1].type, parentSchema: schema13.anyOf[1], data: data18 };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
                var _valid1 = _errs53 === errors;
                valid18 = valid18 || _valid1;
              }
              if (!valid18) {
                const err45 = { instancePath: instancePath + "/rollout_plan/rollback_triggers/" + i3, schemaPath: "#/definitions/condition/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema13.anyOf, parentSchema: schema13, data: data18 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              } else {
                errors = _errs50;
                if (vErrors !== null) {
                  if (_errs50) {
                    vErrors.length = _errs50;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err46 = { instancePath: instancePath + "/rollout_plan/rollback_triggers", schemaPath: "#/properties/rollout_plan/properties/rollback_triggers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rollout_plan.properties.rollback_triggers.type, parentSchema: schema11.properties.rollout_plan.properties.rollback_triggers, data: data17 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data0.owners !== void 0) {
          let data21 = data0.owners;
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            for (const key7 in data21) {
              if (!func2.call(schema11.properties.rollout_plan.properties.owners.properties, key7)) {
                const err47 = { instancePath: instancePath + "/rollout_plan/owners", schemaPath: "#/properties/rollout_plan/properties/owners/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rollout_plan.properties.owners, data: data21 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data21.product !== void 0) {
              let data22 = data21.product;
              const _errs64 = errors;
              let valid22 = false;
              const _errs65 = errors;
              if (typeof data22 !== "string") {
                const err48 = { instancePath: instancePath + "/rollout_plan/owners/product", schemaPath: "#/definitions/owner/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[0].type, parentSchema: schema15.anyOf[0], data: data22 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
              var _valid2 = _errs65 === errors;
              valid22 = valid22 || _valid2;
              if (!valid22) {
                const _errs67 = errors;
                if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                  if (data22.name === void 0) {
                    const err49 = { instancePath: instancePath + "/rollout_plan/owners/product", schemaPath: "#/definitions/owner/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema15.anyOf[1].required, parentSchema: schema15.anyOf[1], data: data22 };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                  for (const key8 in data22) {
                    if (!(key8 === "name" || key8 === "github")) {
                      const err50 = { instancePath: instancePath + "/rollout_plan/owners/product", schemaPath: "#/definitions/owner/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.anyOf[1], data: data22 };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                    }
                  }
                  if (data22.name !== void 0) {
                    let data23 = data22.name;
                    if (typeof data23 !== "string") {
                      const err51 = { instancePath: instancePath + "/rollout_plan/owners/product/name", schemaPath: "#/definitions/owner/anyOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[1].properties.name.type, parentSchema: schema15.anyOf[1].properties.name, data: data23 };
                      if (vErrors === null) {
                        vErrors = [err51];
                      } else {
                        vErrors.push(err51);
                      }
                      errors++;
                    }
                  }
                  if (data22.github !== void 0) {
                    let data24 = data22.github;
                    if (typeof data24 === "string") {
                      if (!pattern1.test(data24)) {
                        const err52 = { instancePath: instancePath + "/rollout_plan/owners/product/github", schemaPath: "#/definitions/owner/anyOf/1/properties/github/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$", parentSchema: schema15.anyOf[1].properties.github, data: data24 };
                        if (vErrors === null) {
                          vErrors = [err52];
                        } else {
                          vErrors.push(err52);
                        }
                        errors++;
                      }
                    } else {
                      const err53 = { instancePath: instancePath + "/rollout_plan/owners/product/github", schemaPath: "#/definitions/owner/anyOf/1/properties/github/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[1].properties.github.type, parentSchema: schema15.anyOf[1].properties.github, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err54 = { instancePath: instancePath + "/rollout_plan/owners/product", schemaPath: "#/definitions/owner/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.anyOf[1].type, parentSchema: schema15.anyOf[1], data: data22 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
                var _valid2 = _errs67 === errors;
                valid22 = valid22 || _valid2;
              }
              if (!valid22) {
                const err55 = { instancePath: instancePath + "/rollout_plan/owners/product", schemaPath: "#/definitions/owner/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema15.anyOf, parentSchema: schema15, data: data22 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              } else {
                errors = _errs64;
                if (vErrors !== null) {
                  if (_errs64) {
                    vErrors.length = _errs64;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data21.technical !== void 0) {
              let data25 = data21.technical;
              const _errs76 = errors;
              let valid25 = false;
              const _errs77 = errors;
              if (typeof data25 !== "string") {
                const err56 = { instancePath: instancePath + "/rollout_plan/owners/technical", schemaPath: "#/definitions/owner/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[0].type, parentSchema: schema15.anyOf[0], data: data25 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
              var _valid3 = _errs77 === errors;
              valid25 = valid25 || _valid3;
              if (!valid25) {
                const _errs79 = errors;
                if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                  if (data25.name === void 0) {
                    const err57 = { instancePath: instancePath + "/rollout_plan/owners/technical", schemaPath: "#/definitions/owner/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema15.anyOf[1].required, parentSchema: schema15.anyOf[1], data: data25 };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                  for (const key9 in data25) {
                    if (!(key9 === "name" || key9 === "github")) {
                      const err58 = { instancePath: instancePath + "/rollout_plan/owners/technical", schemaPath: "#/definitions/owner/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.anyOf[1], data: data25 };
                      if (vErrors === null) {
                        vErrors = [err58];
                      } else {
                        vErrors.push(err58);
                      }
                      errors++;
                    }
                  }
                  if (data25.name !== void 0) {
                    let data26 = data25.name;
                    if (typeof data26 !== "string") {
                      const err59 = { instancePath: instancePath + "/rollout_plan/owners/technical/name", schemaPath: "#/definitions/owner/anyOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[1].properties.name.type, parentSchema: schema15.anyOf[1].properties.name, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err59];
                      } else {
                        vErrors.push(err59);
                      }
                      errors++;
                    }
                  }
                  if (data25.github !== void 0) {
                    let data27 = data25.github;
                    if (typeof data27 === "string") {
                      if (!pattern1.test(data27)) {
                        const err60 = { instancePath: instancePath + "/rollout_plan/owners/technical/github", schemaPath: "#/definitions/owner/anyOf/1/properties/github/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$", parentSchema: schema15.anyOf[1].properties.github, data: data27 };
                        if (vErrors === null) {
                          vErrors = [err60];
                        } else {
                          vErrors.push(err60);
                        }
                        errors++;
                      }
                    } else {
                      const err61 = { instancePath: instancePath + "/rollout_plan/owners/technical/github", schemaPath: "#/definitions/owner/anyOf/1/properties/github/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[1].properties.github.type, parentSchema: schema15.anyOf[1].properties.github, data: data27 };
                      if (vErrors === null) {
                        vErrors = [err61];
                      } else {
                        vErrors.push(err61);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err62 = { instancePath: instancePath + "/rollout_plan/owners/technical", schemaPath: "#/definitions/owner/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.anyOf[1].type, parentSchema: schema15.anyOf[1], data: data25 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
                var _valid3 = _errs79 === errors;
                valid25 = valid25 || _valid3;
              }
              if (!valid25) {
                const err63 = { instancePath: instancePath + "/rollout_plan/owners/technical", schemaPath: "#/definitions/owner/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema15.anyOf, parentSchema: schema15, data: data25 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              } else {
                errors = _errs76;
                if (vErrors !== null) {
                  if (_errs76) {
                    vErrors.length = _errs76;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data21.data !== void 0) {
              let data28 = data21.data;
              const _errs88 = errors;
              let valid28 = false;
              const _errs89 = errors;
              if (typeof data28 !== "string") {
                const err64 = { instancePath: instancePath + "/rollout_plan/owners/data", schemaPath: "#/definitions/owner/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[0].type, parentSchema: schema15.anyOf[0], data: data28 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
              var _valid4 = _errs89 === errors;
              valid28 = valid28 || _valid4;
              if (!valid28) {
                const _errs91 = errors;
                if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                  if (data28.name === void 0) {
                    const err65 = { instancePath: instancePath + "/rollout_plan/owners/data", schemaPath: "#/definitions/owner/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema15.anyOf[1].required, parentSchema: schema15.anyOf[1], data: data28 };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                  for (const key10 in data28) {
                    if (!(key10 === "name" || key10 === "github")) {
                      const err66 = { instancePath: instancePath + "/rollout_plan/owners/data", schemaPath: "#/definitions/owner/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.anyOf[1], data: data28 };
                      if (vErrors === null) {
                        vErrors = [err66];
                      } else {
                        vErrors.push(err66);
                      }
                      errors++;
                    }
                  }
                  if (data28.name !== void 0) {
                    let data29 = data28.name;
                    if (typeof data29 !== "string") {
                      const err67 = { instancePath: instancePath + "/rollout_plan/owners/data/name", schemaPath: "#/definitions/owner/anyOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[1].properties.name.type, parentSchema: schema15.anyOf[1].properties.name, data: data29 };
                      if (vErrors === null) {
                        vErrors = [err67];
                      } else {
                        vErrors.push(err67);
                      }
                      errors++;
                    }
                  }
                  if (data28.github !== void 0) {
                    let data30 = data28.github;
                    if (typeof data30 === "string") {
                      if (!pattern1.test(data30)) {
                        const err68 = { instancePath: instancePath + "/rollout_plan/owners/data/github", schemaPath: "#/definitions/owner/anyOf/1/properties/github/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$", parentSchema: schema15.anyOf[1].properties.github, data: data30 };
                        if (vErrors === null) {
                          vErrors = [err68];
                        } else {
                          vErrors.push(err68);
                        }
                        errors++;
                      }
                    } else {
                      const err69 = { instancePath: instancePath + "/rollout_plan/owners/data/github", schemaPath: "#/definitions/owner/anyOf/1/properties/github/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[1].properties.github.type, parentSchema: schema15.anyOf[1].properties.github, data: data30 };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err70 = { instancePath: instancePath + "/rollout_plan/owners/data", schemaPath: "#/definitions/owner/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.anyOf[1].type, parentSchema: schema15.anyOf[1], data: data28 };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
                var _valid4 = _errs91 === errors;
                valid28 = valid28 || _valid4;
              }
              if (!valid28) {
                const err71 = { instancePath: instancePath + "/rollout_plan/owners/data", schemaPath: "#/definitions/owner/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema15.anyOf, parentSchema: schema15, data: data28 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              } else {
                errors = _errs88;
                if (vErrors !== null) {
                  if (_errs88) {
                    vErrors.length = _errs88;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data21.eval !== void 0) {
              let data31 = data21.eval;
              const _errs100 = errors;
              let valid31 = false;
              const _errs101 = errors;
              if (typeof data31 !== "string") {
                const err72 = { instancePath: instancePath + "/rollout_plan/owners/eval", schemaPath: "#/definitions/owner/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[0].type, parentSchema: schema15.anyOf[0], data: data31 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
              var _valid5 = _errs101 === errors;
              valid31 = valid31 || _valid5;
              if (!valid31) {
                const _errs103 = errors;
                if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                  if (data31.name === void 0) {
                    const err73 = { instancePath: instancePath + "/rollout_plan/owners/eval", schemaPath: "#/definitions/owner/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema15.anyOf[1].required, parentSchema: schema15.anyOf[1], data: data31 };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                  for (const key11 in data31) {
                    if (!(key11 === "name" || key11 === "github")) {
                      const err74 = { instancePath: instancePath + "/rollout_plan/owners/eval", schemaPath: "#/definitions/owner/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.anyOf[1], data: data31 };
                      if (vErrors === null) {
                        vErrors = [err74];
                      } else {
                        vErrors.push(err74);
                      }
                      errors++;
                    }
                  }
                  if (data31.name !== void 0) {
                    let data32 = data31.name;
                    if (typeof data32 !== "string") {
                      const err75 = { instancePath: instancePath + "/rollout_plan/owners/eval/name", schemaPath: "#/definitions/owner/anyOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[1].properties.name.type, parentSchema: schema15.anyOf[1].properties.name, data: data32 };
                      if (vErrors === null) {
                        vErrors = [err75];
                      } else {
                        vErrors.push(err75);
                      }
                      errors++;
                    }
                  }
                  if (data31.github !== void 0) {
                    let data33 = data31.github;
                    if (typeof data33 === "string") {
                      if (!pattern1.test(data33)) {
                        const err76 = { instancePath: instancePath + "/rollout_plan/owners/eval/github", schemaPath: "#/definitions/owner/anyOf/1/properties/github/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$", parentSchema: schema15.anyOf[1].properties.github, data: data33 };
                        if (vErrors === null) {
                          vErrors = [err76];
                        } else {
                          vErrors.push(err76);
                        }
                        errors++;
                      }
                    } else {
                      const err77 = { instancePath: instancePath + "/rollout_plan/owners/eval/github", schemaPath: "#/definitions/owner/anyOf/1/properties/github/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[1].properties.github.type, parentSchema: schema15.anyOf[1].properties.github, data: data33 };
                      if (vErrors === null) {
                        vErrors = [err77];
                      } else {
                        vErrors.push(err77);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err78 = { instancePath: instancePath + "/rollout_plan/owners/eval", schemaPath: "#/definitions/owner/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.anyOf[1].type, parentSchema: schema15.anyOf[1], data: data31 };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
                var _valid5 = _errs103 === errors;
                valid31 = valid31 || _valid5;
              }
              if (!valid31) {
                const err79 = { instancePath: instancePath + "/rollout_plan/owners/eval", schemaPath: "#/definitions/owner/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema15.anyOf, parentSchema: schema15, data: data31 };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              } else {
                errors = _errs100;
                if (vErrors !== null) {
                  if (_errs100) {
                    vErrors.length = _errs100;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data21.support !== void 0) {
              let data34 = data21.support;
              const _errs112 = errors;
              let valid34 = false;
              const _errs113 = errors;
              if (typeof data34 !== "string") {
                const err80 = { instancePath: instancePath + "/rollout_plan/owners/support", schemaPath: "#/definitions/owner/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[0].type, parentSchema: schema15.anyOf[0], data: data34 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
              var _valid6 = _errs113 === errors;
              valid34 = valid34 || _valid6;
              if (!valid34) {
                const _errs115 = errors;
                if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                  if (data34.name === void 0) {
                    const err81 = { instancePath: instancePath + "/rollout_plan/owners/support", schemaPath: "#/definitions/owner/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema15.anyOf[1].required, parentSchema: schema15.anyOf[1], data: data34 };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                  for (const key12 in data34) {
                    if (!(key12 === "name" || key12 === "github")) {
                      const err82 = { instancePath: instancePath + "/rollout_plan/owners/support", schemaPath: "#/definitions/owner/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.anyOf[1], data: data34 };
                      if (vErrors === null) {
                        vErrors = [err82];
                      } else {
                        vErrors.push(err82);
                      }
                      errors++;
                    }
                  }
                  if (data34.name !== void 0) {
                    let data35 = data34.name;
                    if (typeof data35 !== "string") {
                      const err83 = { instancePath: instancePath + "/rollout_plan/owners/support/name", schemaPath: "#/definitions/owner/anyOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[1].properties.name.type, parentSchema: schema15.anyOf[1].properties.name, data: data35 };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                  }
                  if (data34.github !== void 0) {
                    let data36 = data34.github;
                    if (typeof data36 === "string") {
                      if (!pattern1.test(data36)) {
                        const err84 = { instancePath: instancePath + "/rollout_plan/owners/support/github", schemaPath: "#/definitions/owner/anyOf/1/properties/github/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$", parentSchema: schema15.anyOf[1].properties.github, data: data36 };
                        if (vErrors === null) {
                          vErrors = [err84];
                        } else {
                          vErrors.push(err84);
                        }
                        errors++;
                      }
                    } else {
                      const err85 = { instancePath: instancePath + "/rollout_plan/owners/support/github", schemaPath: "#/definitions/owner/anyOf/1/properties/github/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[1].properties.github.type, parentSchema: schema15.anyOf[1].properties.github, data: data36 };
                      if (vErrors === null) {
                        vErrors = [err85];
                      } else {
                        vErrors.push(err85);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err86 = { instancePath: instancePath + "/rollout_plan/owners/support", schemaPath: "#/definitions/owner/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.anyOf[1].type, parentSchema: schema15.anyOf[1], data: data34 };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
                var _valid6 = _errs115 === errors;
                valid34 = valid34 || _valid6;
              }
              if (!valid34) {
                const err87 = { instancePath: instancePath + "/rollout_plan/owners/support", schemaPath: "#/definitions/owner/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema15.anyOf, parentSchema: schema15, data: data34 };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              } else {
                errors = _errs112;
                if (vErrors !== null) {
                  if (_errs112) {
                    vErrors.length = _errs112;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data21.communication !== void 0) {
              let data37 = data21.communication;
              const _errs124 = errors;
              let valid37 = false;
              const _errs125 = errors;
              if (typeof data37 !== "string") {
                const err88 = { instancePath: instancePath + "/rollout_plan/owners/communication", schemaPath: "#/definitions/owner/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[0].type, parentSchema: schema15.anyOf[0], data: data37 };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
              var _valid7 = _errs125 === errors;
              valid37 = valid37 || _valid7;
              if (!valid37) {
                const _errs127 = errors;
                if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                  if (data37.name === void 0) {
                    const err89 = { instancePath: instancePath + "/rollout_plan/owners/communication", schemaPath: "#/definitions/owner/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema15.anyOf[1].required, parentSchema: schema15.anyOf[1], data: data37 };
                    if (vErrors === null) {
                      vErrors = [err89];
                    } else {
                      vErrors.push(err89);
                    }
                    errors++;
                  }
                  for (const key13 in data37) {
                    if (!(key13 === "name" || key13 === "github")) {
                      const err90 = { instancePath: instancePath + "/rollout_plan/owners/communication", schemaPath: "#/definitions/owner/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.anyOf[1], data: data37 };
                      if (vErrors === null) {
                        vErrors = [err90];
                      } else {
                        vErrors.push(err90);
                      }
                      errors++;
                    }
                  }
                  if (data37.name !== void 0) {
                    let data38 = data37.name;
                    if (typeof data38 !== "string") {
                      const err91 = { instancePath: instancePath + "/rollout_plan/owners/communication/name", schemaPath: "#/definitions/owner/anyOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[1].properties.name.type, parentSchema: schema15.anyOf[1].properties.name, data: data38 };
                      if (vErrors === null) {
                        vErrors = [err91];
                      } else {
                        vErrors.push(err91);
                      }
                      errors++;
                    }
                  }
                  if (data37.github !== void 0) {
                    let data39 = data37.github;
                    if (typeof data39 === "string") {
                      if (!pattern1.test(data39)) {
                        const err92 = { instancePath: instancePath + "/rollout_plan/owners/communication/github", schemaPath: "#/definitions/owner/anyOf/1/properties/github/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$", parentSchema: schema15.anyOf[1].properties.github, data: data39 };
                        if (vErrors === null) {
                          vErrors = [err92];
                        } else {
                          vErrors.push(err92);
                        }
                        errors++;
                      }
                    } else {
                      const err93 = { instancePath: instancePath + "/rollout_plan/owners/communication/github", schemaPath: "#/definitions/owner/anyOf/1/properties/github/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[1].properties.github.type, parentSchema: schema15.anyOf[1].properties.github, data: data39 };
                      if (vErrors === null) {
                        vErrors = [err93];
                      } else {
                        vErrors.push(err93);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err94 = { instancePath: instancePath + "/rollout_plan/owners/communication", schemaPath: "#/definitions/owner/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.anyOf[1].type, parentSchema: schema15.anyOf[1], data: data37 };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
                var _valid7 = _errs127 === errors;
                valid37 = valid37 || _valid7;
              }
              if (!valid37) {
                const err95 = { instancePath: instancePath + "/rollout_plan/owners/communication", schemaPath: "#/definitions/owner/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema15.anyOf, parentSchema: schema15, data: data37 };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              } else {
                errors = _errs124;
                if (vErrors !== null) {
                  if (_errs124) {
                    vErrors.length = _errs124;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data21.cost !== void 0) {
              let data40 = data21.cost;
              const _errs136 = errors;
              let valid40 = false;
              const _errs137 = errors;
              if (typeof data40 !== "string") {
                const err96 = { instancePath: instancePath + "/rollout_plan/owners/cost", schemaPath: "#/definitions/owner/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[0].type, parentSchema: schema15.anyOf[0], data: data40 };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
              var _valid8 = _errs137 === errors;
              valid40 = valid40 || _valid8;
              if (!valid40) {
                const _errs139 = errors;
                if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                  if (data40.name === void 0) {
                    const err97 = { instancePath: instancePath + "/rollout_plan/owners/cost", schemaPath: "#/definitions/owner/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema15.anyOf[1].required, parentSchema: schema15.anyOf[1], data: data40 };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                  for (const key14 in data40) {
                    if (!(key14 === "name" || key14 === "github")) {
                      const err98 = { instancePath: instancePath + "/rollout_plan/owners/cost", schemaPath: "#/definitions/owner/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.anyOf[1], data: data40 };
                      if (vErrors === null) {
                        vErrors = [err98];
                      } else {
                        vErrors.push(err98);
                      }
                      errors++;
                    }
                  }
                  if (data40.name !== void 0) {
                    let data41 = data40.name;
                    if (typeof data41 !== "string") {
                      const err99 = { instancePath: instancePath + "/rollout_plan/owners/cost/name", schemaPath: "#/definitions/owner/anyOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[1].properties.name.type, parentSchema: schema15.anyOf[1].properties.name, data: data41 };
                      if (vErrors === null) {
                        vErrors = [err99];
                      } else {
                        vErrors.push(err99);
                      }
                      errors++;
                    }
                  }
                  if (data40.github !== void 0) {
                    let data42 = data40.github;
                    if (typeof data42 === "string") {
                      if (!pattern1.test(data42)) {
                        const err100 = { instancePath: instancePath + "/rollout_plan/owners/cost/github", schemaPath: "#/definitions/owner/anyOf/1/properties/github/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$", parentSchema: schema15.anyOf[1].properties.github, data: data42 };
                        if (vErrors === null) {
                          vErrors = [err100];
                        } else {
                          vErrors.push(err100);
                        }
                        errors++;
                      }
                    } else {
                      const err101 = { instancePath: instancePath + "/rollout_plan/owners/cost/github", schemaPath: "#/definitions/owner/anyOf/1/properties/github/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[1].properties.github.type, parentSchema: schema15.anyOf[1].properties.github, data: data42 };
                      if (vErrors === null) {
                        vErrors = [err101];
                      } else {
                        vErrors.push(err101);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err102 = { instancePath: instancePath + "/rollout_plan/owners/cost", schemaPath: "#/definitions/owner/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.anyOf[1].type, parentSchema: schema15.anyOf[1], data: data40 };
                  if (vErrors === null) {
                    vErrors = [err102];
                  } else {
                    vErrors.push(err102);
                  }
                  errors++;
                }
                var _valid8 = _errs139 === errors;
                valid40 = valid40 || _valid8;
              }
              if (!valid40) {
                const err103 = { instancePath: instancePath + "/rollout_plan/owners/cost", schemaPath: "#/definitions/owner/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema15.anyOf, parentSchema: schema15, data: data40 };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              } else {
                errors = _errs136;
                if (vErrors !== null) {
                  if (_errs136) {
                    vErrors.length = _errs136;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data21.risk !== void 0) {
              let data43 = data21.risk;
              const _errs148 = errors;
              let valid43 = false;
              const _errs149 = errors;
              if (typeof data43 !== "string") {
                const err104 = { instancePath: instancePath + "/rollout_plan/owners/risk", schemaPath: "#/definitions/owner/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[0].type, parentSchema: schema15.anyOf[0], data: data43 };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
              var _valid9 = _errs149 === errors;
              valid43 = valid43 || _valid9;
              if (!valid43) {
                const _errs151 = errors;
                if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                  if (data43.name === void 0) {
                    const err105 = { instancePath: instancePath + "/rollout_plan/owners/risk", schemaPath: "#/definitions/owner/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema15.anyOf[1].required, parentSchema: schema15.anyOf[1], data: data43 };
                    if (vErrors === null) {
                      vErrors = [err105];
                    } else {
                      vErrors.push(err105);
                    }
                    errors++;
                  }
                  for (const key15 in data43) {
                    if (!(key15 === "name" || key15 === "github")) {
                      const err106 = { instancePath: instancePath + "/rollout_plan/owners/risk", schemaPath: "#/definitions/owner/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.anyOf[1], data: data43 };
                      if (vErrors === null) {
                        vErrors = [err106];
                      } else {
                        vErrors.push(err106);
                      }
                      errors++;
                    }
                  }
                  if (data43.name !== void 0) {
                    let data44 = data43.name;
                    if (typeof data44 !== "string") {
                      const err107 = { instancePath: instancePath + "/rollout_plan/owners/risk/name", schemaPath: "#/definitions/owner/anyOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[1].properties.name.type, parentSchema: schema15.anyOf[1].properties.name, data: data44 };
                      if (vErrors === null) {
                        vErrors = [err107];
                      } else {
                        vErrors.push(err107);
                      }
                      errors++;
                    }
                  }
                  if (data43.github !== void 0) {
                    let data45 = data43.github;
                    if (typeof data45 === "string") {
                      if (!pattern1.test(data45)) {
                        const err108 = { instancePath: instancePath + "/rollout_plan/owners/risk/github", schemaPath: "#/definitions/owner/anyOf/1/properties/github/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$", parentSchema: schema15.anyOf[1].properties.github, data: data45 };
                        if (vErrors === null) {
                          vErrors = [err108];
                        } else {
                          vErrors.push(err108);
                        }
                        errors++;
                      }
                    } else {
                      const err109 = { instancePath: instancePath + "/rollout_plan/owners/risk/github", schemaPath: "#/definitions/owner/anyOf/1/properties/github/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[1].properties.github.type, parentSchema: schema15.anyOf[1].properties.github, data: data45 };
                      if (vErrors === null) {
                        vErrors = [err109];
                      } else {
                        vErrors.push(err109);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err110 = { instancePath: instancePath + "/rollout_plan/owners/risk", schemaPath: "#/definitions/owner/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.anyOf[1].type, parentSchema: schema15.anyOf[1], data: data43 };
                  if (vErrors === null) {
                    vErrors = [err110];
                  } else {
                    vErrors.push(err110);
                  }
                  errors++;
                }
                var _valid9 = _errs151 === errors;
                valid43 = valid43 || _valid9;
              }
              if (!valid43) {
                const err111 = { instancePath: instancePath + "/rollout_plan/owners/risk", schemaPath: "#/definitions/owner/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema15.anyOf, parentSchema: schema15, data: data43 };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              } else {
                errors = _errs148;
                if (vErrors !== null) {
                  if (_errs148) {
                    vErrors.length = _errs148;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data21.on_call !== void 0) {
              let data46 = data21.on_call;
              const _errs160 = errors;
              let valid46 = false;
              const _errs161 = errors;
              if (typeof data46 !== "string") {
                const err112 = { instancePath: instancePath + "/rollout_plan/owners/on_call", schemaPath: "#/definitions/owner/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[0].type, parentSchema: schema15.anyOf[0], data: data46 };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
              var _valid10 = _errs161 === errors;
              valid46 = valid46 || _valid10;
              if (!valid46) {
                const _errs163 = errors;
                if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                  if (data46.name === void 0) {
                    const err113 = { instancePath: instancePath + "/rollout_plan/owners/on_call", schemaPath: "#/definitions/owner/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema15.anyOf[1].required, parentSchema: schema15.anyOf[1], data: data46 };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                  for (const key16 in data46) {
                    if (!(key16 === "name" || key16 === "github")) {
                      const err114 = { instancePath: instancePath + "/rollout_plan/owners/on_call", schemaPath: "#/definitions/owner/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.anyOf[1], data: data46 };
                      if (vErrors === null) {
                        vErrors = [err114];
                      } else {
                        vErrors.push(err114);
                      }
                      errors++;
                    }
                  }
                  if (data46.name !== void 0) {
                    let data47 = data46.name;
                    if (typeof data47 !== "string") {
                      const err115 = { instancePath: instancePath + "/rollout_plan/owners/on_call/name", schemaPath: "#/definitions/owner/anyOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[1].properties.name.type, parentSchema: schema15.anyOf[1].properties.name, data: data47 };
                      if (vErrors === null) {
                        vErrors = [err115];
                      } else {
                        vErrors.push(err115);
                      }
                      errors++;
                    }
                  }
                  if (data46.github !== void 0) {
                    let data48 = data46.github;
                    if (typeof data48 === "string") {
                      if (!pattern1.test(data48)) {
                        const err116 = { instancePath: instancePath + "/rollout_plan/owners/on_call/github", schemaPath: "#/definitions/owner/anyOf/1/properties/github/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$", parentSchema: schema15.anyOf[1].properties.github, data: data48 };
                        if (vErrors === null) {
                          vErrors = [err116];
                        } else {
                          vErrors.push(err116);
                        }
                        errors++;
                      }
                    } else {
                      const err117 = { instancePath: instancePath + "/rollout_plan/owners/on_call/github", schemaPath: "#/definitions/owner/anyOf/1/properties/github/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[1].properties.github.type, parentSchema: schema15.anyOf[1].properties.github, data: data48 };
                      if (vErrors === null) {
                        vErrors = [err117];
                      } else {
                        vErrors.push(err117);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err118 = { instancePath: instancePath + "/rollout_plan/owners/on_call", schemaPath: "#/definitions/owner/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.anyOf[1].type, parentSchema: schema15.anyOf[1], data: data46 };
                  if (vErrors === null) {
                    vErrors = [err118];
                  } else {
                    vErrors.push(err118);
                  }
                  errors++;
                }
                var _valid10 = _errs163 === errors;
                valid46 = valid46 || _valid10;
              }
              if (!valid46) {
                const err119 = { instancePath: instancePath + "/rollout_plan/owners/on_call", schemaPath: "#/definitions/owner/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema15.anyOf, parentSchema: schema15, data: data46 };
                if (vErrors === null) {
                  vErrors = [err119];
                } else {
                  vErrors.push(err119);
                }
                errors++;
              } else {
                errors = _errs160;
                if (vErrors !== null) {
                  if (_errs160) {
                    vErrors.length = _errs160;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data21.rollback !== void 0) {
              let data49 = data21.rollback;
              const _errs172 = errors;
              let valid49 = false;
              const _errs173 = errors;
              if (typeof data49 !== "string") {
                const err120 = { instancePath: instancePath + "/rollout_plan/owners/rollback", schemaPath: "#/definitions/owner/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[0].type, parentSchema: schema15.anyOf[0], data: data49 };
                if (vErrors === null) {
                  vErrors = [err120];
                } else {
                  vErrors.push(err120);
                }
                errors++;
              }
              var _valid11 = _errs173 === errors;
              valid49 = valid49 || _valid11;
              if (!valid49) {
                const _errs175 = errors;
                if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
                  if (data49.name === void 0) {
                    const err121 = { instancePath: instancePath + "/rollout_plan/owners/rollback", schemaPath: "#/definitions/owner/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema15.anyOf[1].required, parentSchema: schema15.anyOf[1], data: data49 };
                    if (vErrors === null) {
                      vErrors = [err121];
                    } else {
                      vErrors.push(err121);
                    }
                    errors++;
                  }
                  for (const key17 in data49) {
                    if (!(key17 === "name" || key17 === "github")) {
                      const err122 = { instancePath: instancePath + "/rollout_plan/owners/rollback", schemaPath: "#/definitions/owner/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.anyOf[1], data: data49 };
                      if (vErrors === null) {
                        vErrors = [err122];
                      } else {
                        vErrors.push(err122);
                      }
                      errors++;
                    }
                  }
                  if (data49.name !== void 0) {
                    let data50 = data49.name;
                    if (typeof data50 !== "string") {
                      const err123 = { instancePath: instancePath + "/rollout_plan/owners/rollback/name", schemaPath: "#/definitions/owner/anyOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[1].properties.name.type, parentSchema: schema15.anyOf[1].properties.name, data: data50 };
                      if (vErrors === null) {
                        vErrors = [err123];
                      } else {
                        vErrors.push(err123);
                      }
                      errors++;
                    }
                  }
                  if (data49.github !== void 0) {
                    let data51 = data49.github;
                    if (typeof data51 === "string") {
                      if (!pattern1.test(data51)) {
                        const err124 = { instancePath: instancePath + "/rollout_plan/owners/rollback/github", schemaPath: "#/definitions/owner/anyOf/1/properties/github/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$", parentSchema: schema15.anyOf[1].properties.github, data: data51 };
                        if (vErrors === null) {
                          vErrors = [err124];
                        } else {
                          vErrors.push(err124);
                        }
                        errors++;
                      }
                    } else {
                      const err125 = { instancePath: instancePath + "/rollout_plan/owners/rollback/github", schemaPath: "#/definitions/owner/anyOf/1/properties/github/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[1].properties.github.type, parentSchema: schema15.anyOf[1].properties.github, data: data51 };
                      if (vErrors === null) {
                        vErrors = [err125];
                      } else {
                        vErrors.push(err125);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err126 = { instancePath: instancePath + "/rollout_plan/owners/rollback", schemaPath: "#/definitions/owner/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.anyOf[1].type, parentSchema: schema15.anyOf[1], data: data49 };
                  if (vErrors === null) {
                    vErrors = [err126];
                  } else {
                    vErrors.push(err126);
                  }
                  errors++;
                }
                var _valid11 = _errs175 === errors;
                valid49 = valid49 || _valid11;
              }
              if (!valid49) {
                const err127 = { instancePath: instancePath + "/rollout_plan/owners/rollback", schemaPath: "#/definitions/owner/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema15.anyOf, parentSchema: schema15, data: data49 };
                if (vErrors === null) {
                  vErrors = [err127];
                } else {
                  vErrors.push(err127);
                }
                errors++;
              } else {
                errors = _errs172;
                if (vErrors !== null) {
                  if (_errs172) {
                    vErrors.length = _errs172;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err128 = { instancePath: instancePath + "/rollout_plan/owners", schemaPath: "#/properties/rollout_plan/properties/owners/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rollout_plan.properties.owners.type, parentSchema: schema11.properties.rollout_plan.properties.owners, data: data21 };
            if (vErrors === null) {
              vErrors = [err128];
            } else {
              vErrors.push(err128);
            }
            errors++;
          }
        }
        if (data0.rollback !== void 0) {
          let data52 = data0.rollback;
          if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
            for (const key18 in data52) {
              if (!(key18 === "plan" || key18 === "fallback" || key18 === "max_rollback_minutes")) {
                const err129 = { instancePath: instancePath + "/rollout_plan/rollback", schemaPath: "#/properties/rollout_plan/properties/rollback/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rollout_plan.properties.rollback, data: data52 };
                if (vErrors === null) {
                  vErrors = [err129];
                } else {
                  vErrors.push(err129);
                }
                errors++;
              }
            }
            if (data52.plan !== void 0) {
              let data53 = data52.plan;
              if (typeof data53 === "string") {
                if (func3(data53) > 1024) {
                  const err130 = { instancePath: instancePath + "/rollout_plan/rollback/plan", schemaPath: "#/definitions/evidencePath/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema25, data: data53 };
                  if (vErrors === null) {
                    vErrors = [err130];
                  } else {
                    vErrors.push(err130);
                  }
                  errors++;
                }
                if (func3(data53) < 1) {
                  const err131 = { instancePath: instancePath + "/rollout_plan/rollback/plan", schemaPath: "#/definitions/evidencePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25, data: data53 };
                  if (vErrors === null) {
                    vErrors = [err131];
                  } else {
                    vErrors.push(err131);
                  }
                  errors++;
                }
              } else {
                const err132 = { instancePath: instancePath + "/rollout_plan/rollback/plan", schemaPath: "#/definitions/evidencePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.type, parentSchema: schema25, data: data53 };
                if (vErrors === null) {
                  vErrors = [err132];
                } else {
                  vErrors.push(err132);
                }
                errors++;
              }
            }
            if (data52.fallback !== void 0) {
              let data54 = data52.fallback;
              if (typeof data54 !== "string") {
                const err133 = { instancePath: instancePath + "/rollout_plan/rollback/fallback", schemaPath: "#/properties/rollout_plan/properties/rollback/properties/fallback/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rollout_plan.properties.rollback.properties.fallback.type, parentSchema: schema11.properties.rollout_plan.properties.rollback.properties.fallback, data: data54 };
                if (vErrors === null) {
                  vErrors = [err133];
                } else {
                  vErrors.push(err133);
                }
                errors++;
              }
            }
            if (data52.max_rollback_minutes !== void 0) {
              let data55 = data52.max_rollback_minutes;
              if (typeof data55 == "number" && isFinite(data55)) {
                if (data55 < 0 || isNaN(data55)) {
                  const err134 = { instancePath: instancePath + "/rollout_plan/rollback/max_rollback_minutes", schemaPath: "#/properties/rollout_plan/properties/rollback/properties/max_rollback_minutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.rollout_plan.properties.rollback.properties.max_rollback_minutes, data: data55 };
                  if (vErrors === null) {
                    vErrors = [err134];
                  } else {
                    vErrors.push(err134);
                  }
                  errors++;
                }
              } else {
                const err135 = { instancePath: instancePath + "/rollout_plan/rollback/max_rollback_minutes", schemaPath: "#/properties/rollout_plan/properties/rollback/properties/max_rollback_minutes/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.rollout_plan.properties.rollback.properties.max_rollback_minutes.type, parentSchema: schema11.properties.rollout_plan.properties.rollback.properties.max_rollback_minutes, data: data55 };
                if (vErrors === null) {
                  vErrors = [err135];
                } else {
                  vErrors.push(err135);
                }
                errors++;
              }
            }
          } else {
            const err136 = { instancePath: instancePath + "/rollout_plan/rollback", schemaPath: "#/properties/rollout_plan/properties/rollback/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rollout_plan.properties.rollback.type, parentSchema: schema11.properties.rollout_plan.properties.rollback, data: data52 };
            if (vErrors === null) {
              vErrors = [err136];
            } else {
              vErrors.push(err136);
            }
            errors++;
          }
        }
        if (data0.shadow_period !== void 0) {
          let data56 = data0.shadow_period;
          if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
            if (data56.days === void 0) {
              const err137 = { instancePath: instancePath + "/rollout_plan/shadow_period", schemaPath: "#/properties/rollout_plan/properties/shadow_period/required", keyword: "required", params: { missingProperty: "days" }, message: "must have required property 'days'", schema: schema11.properties.rollout_plan.properties.shadow_period.required, parentSchema: schema11.properties.rollout_plan.properties.shadow_period, data: data56 };
              if (vErrors === null) {
                vErrors = [err137];
              } else {
                vErrors.push(err137);
              }
              errors++;
            }
            for (const key19 in data56) {
              if (!(key19 === "days" || key19 === "evidence")) {
                const err138 = { instancePath: instancePath + "/rollout_plan/shadow_period", schemaPath: "#/properties/rollout_plan/properties/shadow_period/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rollout_plan.properties.shadow_period, data: data56 };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
            }
            if (data56.days !== void 0) {
              let data57 = data56.days;
              if (typeof data57 == "number" && isFinite(data57)) {
                if (data57 > 3650 || isNaN(data57)) {
                  const err139 = { instancePath: instancePath + "/rollout_plan/shadow_period/days", schemaPath: "#/properties/rollout_plan/properties/shadow_period/properties/days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650", schema: 3650, parentSchema: schema11.properties.rollout_plan.properties.shadow_period.properties.days, data: data57 };
                  if (vErrors === null) {
                    vErrors = [err139];
                  } else {
                    vErrors.push(err139);
                  }
                  errors++;
                }
                if (data57 < 0 || isNaN(data57)) {
                  const err140 = { instancePath: instancePath + "/rollout_plan/shadow_period/days", schemaPath: "#/properties/rollout_plan/properties/shadow_period/properties/days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.rollout_plan.properties.shadow_period.properties.days, data: data57 };
                  if (vErrors === null) {
                    vErrors = [err140];
                  } else {
                    vErrors.push(err140);
                  }
                  errors++;
                }
              } else {
                const err141 = { instancePath: instancePath + "/rollout_plan/shadow_period/days", schemaPath: "#/properties/rollout_plan/properties/shadow_period/properties/days/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.rollout_plan.properties.shadow_period.properties.days.type, parentSchema: schema11.properties.rollout_plan.properties.shadow_period.properties.days, data: data57 };
                if (vErrors === null) {
                  vErrors = [err141];
                } else {
                  vErrors.push(err141);
                }
                errors++;
              }
            }
            if (data56.evidence !== void 0) {
              let data58 = data56.evidence;
              if (typeof data58 === "string") {
                if (func3(data58) > 1024) {
                  const err142 = { instancePath: instancePath + "/rollout_plan/shadow_period/evidence", schemaPath: "#/definitions/evidencePath/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema25, data: data58 };
                  if (vErrors === null) {
                    vErrors = [err142];
                  } else {
                    vErrors.push(err142);
                  }
                  errors++;
                }
                if (func3(data58) < 1) {
                  const err143 = { instancePath: instancePath + "/rollout_plan/shadow_period/evidence", schemaPath: "#/definitions/evidencePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25, data: data58 };
                  if (vErrors === null) {
                    vErrors = [err143];
                  } else {
                    vErrors.push(err143);
                  }
                  errors++;
                }
              } else {
                const err144 = { instancePath: instancePath + "/rollout_plan/shadow_period/evidence", schemaPath: "#/definitions/evidencePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.type, parentSchema: schema25, data: data58 };
                if (vErrors === null) {
                  vErrors = [err144];
                } else {
                  vErrors.push(err144);
                }
                errors++;
              }
            }
          } else {
            const err145 = { instancePath: instancePath + "/rollout_plan/shadow_period", schemaPath: "#/properties/rollout_plan/properties/shadow_period/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rollout_plan.properties.shadow_period.type, parentSchema: schema11.properties.rollout_plan.properties.shadow_period, data: data56 };
            if (vErrors === null) {
              vErrors = [err145];
            } else {
              vErrors.push(err145);
            }
            errors++;
          }
        }
        if (data0.orchestration !== void 0) {
          let data59 = data0.orchestration;
          if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
            for (const key20 in data59) {
              const _errs202 = errors;
              if (typeof key20 === "string") {
                if (!pattern11.test(key20)) {
                  const err146 = { instancePath: instancePath + "/rollout_plan/orchestration", schemaPath: "#/properties/rollout_plan/properties/orchestration/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.-]*$"', schema: "^[A-Za-z][A-Za-z0-9_.-]*$", parentSchema: schema11.properties.rollout_plan.properties.orchestration.propertyNames, data: key20, propertyName: key20 };
                  if (vErrors === null) {
                    vErrors = [err146];
                  } else {
                    vErrors.push(err146);
                  }
                  errors++;
                }
              }
              var valid55 = _errs202 === errors;
              if (!valid55) {
                const err147 = { instancePath: instancePath + "/rollout_plan/orchestration", schemaPath: "#/properties/rollout_plan/properties/orchestration/propertyNames", keyword: "propertyNames", params: { propertyName: key20 }, message: "property name must be valid", schema: schema11.properties.rollout_plan.properties.orchestration.propertyNames, parentSchema: schema11.properties.rollout_plan.properties.orchestration, data: data59 };
                if (vErrors === null) {
                  vErrors = [err147];
                } else {
                  vErrors.push(err147);
                }
                errors++;
              }
            }
            for (const key21 in data59) {
              if (!validate11(data59[key21], { instancePath: instancePath + "/rollout_plan/orchestration/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data59, parentDataProperty: key21, rootData })) {
                vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err148 = { instancePath: instancePath + "/rollout_plan/orchestration", schemaPath: "#/properties/rollout_plan/properties/orchestration/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rollout_plan.properties.orchestration.type, parentSchema: schema11.properties.rollout_plan.properties.orchestration, data: data59 };
            if (vErrors === null) {
              vErrors = [err148];
            } else {
              vErrors.push(err148);
            }
            errors++;
          }
        }
        if (data0.capabilities !== void 0) {
          let data61 = data0.capabilities;
          if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
            for (const key22 in data61) {
              const _errs207 = errors;
              if (typeof key22 === "string") {
                if (!pattern11.test(key22)) {
                  const err149 = { instancePath: instancePath + "/rollout_plan/capabilities", schemaPath: "#/properties/rollout_plan/properties/capabilities/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.-]*$"', schema: "^[A-Za-z][A-Za-z0-9_.-]*$", parentSchema: schema11.properties.rollout_plan.properties.capabilities.propertyNames, data: key22, propertyName: key22 };
                  if (vErrors === null) {
                    vErrors = [err149];
                  } else {
                    vErrors.push(err149);
                  }
                  errors++;
                }
              }
              var valid57 = _errs207 === errors;
              if (!valid57) {
                const err150 = { instancePath: instancePath + "/rollout_plan/capabilities", schemaPath: "#/properties/rollout_plan/properties/capabilities/propertyNames", keyword: "propertyNames", params: { propertyName: key22 }, message: "property name must be valid", schema: schema11.properties.rollout_plan.properties.capabilities.propertyNames, parentSchema: schema11.properties.rollout_plan.properties.capabilities, data: data61 };
                if (vErrors === null) {
                  vErrors = [err150];
                } else {
                  vErrors.push(err150);
                }
                errors++;
              }
            }
            for (const key23 in data61) {
              if (!validate13(data61[key23], { instancePath: instancePath + "/rollout_plan/capabilities/" + key23.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data61, parentDataProperty: key23, rootData })) {
                vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err151 = { instancePath: instancePath + "/rollout_plan/capabilities", schemaPath: "#/properties/rollout_plan/properties/capabilities/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rollout_plan.properties.capabilities.type, parentSchema: schema11.properties.rollout_plan.properties.capabilities, data: data61 };
            if (vErrors === null) {
              vErrors = [err151];
            } else {
              vErrors.push(err151);
            }
            errors++;
          }
        }
        if (data0.approval !== void 0) {
          if (!validate15(data0.approval, { instancePath: instancePath + "/rollout_plan/approval", parentData: data0, parentDataProperty: "approval", rootData })) {
            vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
            errors = vErrors.length;
          }
        }
        if (data0.authorization !== void 0) {
          let data64 = data0.authorization;
          if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
            if (data64.mode === void 0) {
              const err152 = { instancePath: instancePath + "/rollout_plan/authorization", schemaPath: "#/definitions/authorization/required", keyword: "required", params: { missingProperty: "mode" }, message: "must have required property 'mode'", schema: schema37.required, parentSchema: schema37, data: data64 };
              if (vErrors === null) {
                vErrors = [err152];
              } else {
                vErrors.push(err152);
              }
              errors++;
            }
            for (const key24 in data64) {
              if (!(key24 === "mode" || key24 === "traced_fields" || key24 === "on_revoke")) {
                const err153 = { instancePath: instancePath + "/rollout_plan/authorization", schemaPath: "#/definitions/authorization/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data: data64 };
                if (vErrors === null) {
                  vErrors = [err153];
                } else {
                  vErrors.push(err153);
                }
                errors++;
              }
            }
            if (data64.mode !== void 0) {
              let data65 = data64.mode;
              if (!(data65 === "service" || data65 === "delegated")) {
                const err154 = { instancePath: instancePath + "/rollout_plan/authorization/mode", schemaPath: "#/definitions/authorization/properties/mode/enum", keyword: "enum", params: { allowedValues: schema37.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema37.properties.mode.enum, parentSchema: schema37.properties.mode, data: data65 };
                if (vErrors === null) {
                  vErrors = [err154];
                } else {
                  vErrors.push(err154);
                }
                errors++;
              }
            }
            if (data64.traced_fields !== void 0) {
              let data66 = data64.traced_fields;
              if (Array.isArray(data66)) {
                const len4 = data66.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data67 = data66[i4];
                  if (!(data67 === "authorization_mode" || data67 === "delegated_principal" || data67 === "delegated_scope")) {
                    const err155 = { instancePath: instancePath + "/rollout_plan/authorization/traced_fields/" + i4, schemaPath: "#/definitions/authorization/properties/traced_fields/items/enum", keyword: "enum", params: { allowedValues: schema37.properties.traced_fields.items.enum }, message: "must be equal to one of the allowed values", schema: schema37.properties.traced_fields.items.enum, parentSchema: schema37.properties.traced_fields.items, data: data67 };
                    if (vErrors === null) {
                      vErrors = [err155];
                    } else {
                      vErrors.push(err155);
                    }
                    errors++;
                  }
                }
              } else {
                const err156 = { instancePath: instancePath + "/rollout_plan/authorization/traced_fields", schemaPath: "#/definitions/authorization/properties/traced_fields/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.properties.traced_fields.type, parentSchema: schema37.properties.traced_fields, data: data66 };
                if (vErrors === null) {
                  vErrors = [err156];
                } else {
                  vErrors.push(err156);
                }
                errors++;
              }
            }
            if (data64.on_revoke !== void 0) {
              let data68 = data64.on_revoke;
              if (typeof data68 !== "string") {
                const err157 = { instancePath: instancePath + "/rollout_plan/authorization/on_revoke", schemaPath: "#/definitions/authorization/properties/on_revoke/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.on_revoke.type, parentSchema: schema37.properties.on_revoke, data: data68 };
                if (vErrors === null) {
                  vErrors = [err157];
                } else {
                  vErrors.push(err157);
                }
                errors++;
              }
            }
          } else {
            const err158 = { instancePath: instancePath + "/rollout_plan/authorization", schemaPath: "#/definitions/authorization/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data: data64 };
            if (vErrors === null) {
              vErrors = [err158];
            } else {
              vErrors.push(err158);
            }
            errors++;
          }
        }
        if (data0.evidence !== void 0) {
          let data69 = data0.evidence;
          if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
            for (const key25 in data69) {
              if (!func2.call(schema11.properties.rollout_plan.properties.evidence.properties, key25)) {
                const err159 = { instancePath: instancePath + "/rollout_plan/evidence", schemaPath: "#/properties/rollout_plan/properties/evidence/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rollout_plan.properties.evidence, data: data69 };
                if (vErrors === null) {
                  vErrors = [err159];
                } else {
                  vErrors.push(err159);
                }
                errors++;
              }
            }
            if (data69.trace_coverage !== void 0) {
              if (!validate17(data69.trace_coverage, { instancePath: instancePath + "/rollout_plan/evidence/trace_coverage", parentData: data69, parentDataProperty: "trace_coverage", rootData })) {
                vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                errors = vErrors.length;
              }
            }
            if (data69.policy_prechecks !== void 0) {
              if (!validate17(data69.policy_prechecks, { instancePath: instancePath + "/rollout_plan/evidence/policy_prechecks", parentData: data69, parentDataProperty: "policy_prechecks", rootData })) {
                vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                errors = vErrors.length;
              }
            }
            if (data69.policy_decision_traces !== void 0) {
              if (!validate17(data69.policy_decision_traces, { instancePath: instancePath + "/rollout_plan/evidence/policy_decision_traces", parentData: data69, parentDataProperty: "policy_decision_traces", rootData })) {
                vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                errors = vErrors.length;
              }
            }
            if (data69.offline_eval !== void 0) {
              if (!validate17(data69.offline_eval, { instancePath: instancePath + "/rollout_plan/evidence/offline_eval", parentData: data69, parentDataProperty: "offline_eval", rootData })) {
                vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                errors = vErrors.length;
              }
            }
            if (data69.slo !== void 0) {
              if (!validate17(data69.slo, { instancePath: instancePath + "/rollout_plan/evidence/slo", parentData: data69, parentDataProperty: "slo", rootData })) {
                vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                errors = vErrors.length;
              }
            }
            if (data69.regression_gate !== void 0) {
              if (!validate17(data69.regression_gate, { instancePath: instancePath + "/rollout_plan/evidence/regression_gate", parentData: data69, parentDataProperty: "regression_gate", rootData })) {
                vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                errors = vErrors.length;
              }
            }
            if (data69.runbook !== void 0) {
              if (!validate17(data69.runbook, { instancePath: instancePath + "/rollout_plan/evidence/runbook", parentData: data69, parentDataProperty: "runbook", rootData })) {
                vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                errors = vErrors.length;
              }
            }
            if (data69.alerting !== void 0) {
              if (!validate17(data69.alerting, { instancePath: instancePath + "/rollout_plan/evidence/alerting", parentData: data69, parentDataProperty: "alerting", rootData })) {
                vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                errors = vErrors.length;
              }
            }
            if (data69.rollback_rehearsal !== void 0) {
              if (!validate17(data69.rollback_rehearsal, { instancePath: instancePath + "/rollout_plan/evidence/rollback_rehearsal", parentData: data69, parentDataProperty: "rollback_rehearsal", rootData })) {
                vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                errors = vErrors.length;
              }
            }
            if (data69.failed_run_drills !== void 0) {
              if (!validate17(data69.failed_run_drills, { instancePath: instancePath + "/rollout_plan/evidence/failed_run_drills", parentData: data69, parentDataProperty: "failed_run_drills", rootData })) {
                vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                errors = vErrors.length;
              }
            }
            if (data69.multi_tenant_tests !== void 0) {
              if (!validate17(data69.multi_tenant_tests, { instancePath: instancePath + "/rollout_plan/evidence/multi_tenant_tests", parentData: data69, parentDataProperty: "multi_tenant_tests", rootData })) {
                vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                errors = vErrors.length;
              }
            }
            if (data69.high_risk_path_tests !== void 0) {
              if (!validate17(data69.high_risk_path_tests, { instancePath: instancePath + "/rollout_plan/evidence/high_risk_path_tests", parentData: data69, parentDataProperty: "high_risk_path_tests", rootData })) {
                vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                errors = vErrors.length;
              }
            }
            if (data69.support_readiness !== void 0) {
              if (!validate17(data69.support_readiness, { instancePath: instancePath + "/rollout_plan/evidence/support_readiness", parentData: data69, parentDataProperty: "support_readiness", rootData })) {
                vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                errors = vErrors.length;
              }
            }
            if (data69.communication_plan !== void 0) {
              if (!validate17(data69.communication_plan, { instancePath: instancePath + "/rollout_plan/evidence/communication_plan", parentData: data69, parentDataProperty: "communication_plan", rootData })) {
                vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err160 = { instancePath: instancePath + "/rollout_plan/evidence", schemaPath: "#/properties/rollout_plan/properties/evidence/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rollout_plan.properties.evidence.type, parentSchema: schema11.properties.rollout_plan.properties.evidence, data: data69 };
            if (vErrors === null) {
              vErrors = [err160];
            } else {
              vErrors.push(err160);
            }
            errors++;
          }
        }
        if (data0.waivers !== void 0) {
          let data84 = data0.waivers;
          if (Array.isArray(data84)) {
            const len5 = data84.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data85 = data84[i5];
              if (data85 && typeof data85 == "object" && !Array.isArray(data85)) {
                if (data85.check === void 0) {
                  const err161 = { instancePath: instancePath + "/rollout_plan/waivers/" + i5, schemaPath: "#/definitions/waiver/required", keyword: "required", params: { missingProperty: "check" }, message: "must have required property 'check'", schema: schema42.required, parentSchema: schema42, data: data85 };
                  if (vErrors === null) {
                    vErrors = [err161];
                  } else {
                    vErrors.push(err161);
                  }
                  errors++;
                }
                if (data85.reason === void 0) {
                  const err162 = { instancePath: instancePath + "/rollout_plan/waivers/" + i5, schemaPath: "#/definitions/waiver/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema42.required, parentSchema: schema42, data: data85 };
                  if (vErrors === null) {
                    vErrors = [err162];
                  } else {
                    vErrors.push(err162);
                  }
                  errors++;
                }
                if (data85.approver === void 0) {
                  const err163 = { instancePath: instancePath + "/rollout_plan/waivers/" + i5, schemaPath: "#/definitions/waiver/required", keyword: "required", params: { missingProperty: "approver" }, message: "must have required property 'approver'", schema: schema42.required, parentSchema: schema42, data: data85 };
                  if (vErrors === null) {
                    vErrors = [err163];
                  } else {
                    vErrors.push(err163);
                  }
                  errors++;
                }
                if (data85.expires === void 0) {
                  const err164 = { instancePath: instancePath + "/rollout_plan/waivers/" + i5, schemaPath: "#/definitions/waiver/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'", schema: schema42.required, parentSchema: schema42, data: data85 };
                  if (vErrors === null) {
                    vErrors = [err164];
                  } else {
                    vErrors.push(err164);
                  }
                  errors++;
                }
                for (const key26 in data85) {
                  if (!(key26 === "check" || key26 === "reason" || key26 === "approver" || key26 === "expires")) {
                    const err165 = { instancePath: instancePath + "/rollout_plan/waivers/" + i5, schemaPath: "#/definitions/waiver/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data: data85 };
                    if (vErrors === null) {
                      vErrors = [err165];
                    } else {
                      vErrors.push(err165);
                    }
                    errors++;
                  }
                }
                if (data85.check !== void 0) {
                  let data86 = data85.check;
                  if (typeof data86 === "string") {
                    if (func3(data86) < 1) {
                      const err166 = { instancePath: instancePath + "/rollout_plan/waivers/" + i5 + "/check", schemaPath: "#/definitions/waiver/properties/check/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.check, data: data86 };
                      if (vErrors === null) {
                        vErrors = [err166];
                      } else {
                        vErrors.push(err166);
                      }
                      errors++;
                    }
                  } else {
                    const err167 = { instancePath: instancePath + "/rollout_plan/waivers/" + i5 + "/check", schemaPath: "#/definitions/waiver/properties/check/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.check.type, parentSchema: schema42.properties.check, data: data86 };
                    if (vErrors === null) {
                      vErrors = [err167];
                    } else {
                      vErrors.push(err167);
                    }
                    errors++;
                  }
                }
                if (data85.reason !== void 0) {
                  let data87 = data85.reason;
                  if (typeof data87 === "string") {
                    if (func3(data87) < 1) {
                      const err168 = { instancePath: instancePath + "/rollout_plan/waivers/" + i5 + "/reason", schemaPath: "#/definitions/waiver/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.reason, data: data87 };
                      if (vErrors === null) {
                        vErrors = [err168];
                      } else {
                        vErrors.push(err168);
                      }
                      errors++;
                    }
                  } else {
                    const err169 = { instancePath: instancePath + "/rollout_plan/waivers/" + i5 + "/reason", schemaPath: "#/definitions/waiver/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.reason.type, parentSchema: schema42.properties.reason, data: data87 };
                    if (vErrors === null) {
                      vErrors = [err169];
                    } else {
                      vErrors.push(err169);
                    }
                    errors++;
                  }
                }
                if (data85.approver !== void 0) {
                  let data88 = data85.approver;
                  if (typeof data88 === "string") {
                    if (func3(data88) < 1) {
                      const err170 = { instancePath: instancePath + "/rollout_plan/waivers/" + i5 + "/approver", schemaPath: "#/definitions/waiver/properties/approver/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.approver, data: data88 };
                      if (vErrors === null) {
                        vErrors = [err170];
                      } else {
                        vErrors.push(err170);
                      }
                      errors++;
                    }
                  } else {
                    const err171 = { instancePath: instancePath + "/rollout_plan/waivers/" + i5 + "/approver", schemaPath: "#/definitions/waiver/properties/approver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.approver.type, parentSchema: schema42.properties.approver, data: data88 };
                    if (vErrors === null) {
                      vErrors = [err171];
                    } else {
                      vErrors.push(err171);
                    }
                    errors++;
                  }
                }
                if (data85.expires !== void 0) {
                  let data89 = data85.expires;
                  if (typeof data89 === "string") {
                    if (!pattern20.test(data89)) {
                      const err172 = { instancePath: instancePath + "/rollout_plan/waivers/" + i5 + "/expires", schemaPath: "#/definitions/waiver/properties/expires/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema42.properties.expires, data: data89 };
                      if (vErrors === null) {
                        vErrors = [err172];
                      } else {
                        vErrors.push(err172);
                      }
                      errors++;
                    }
                  } else {
                    const err173 = { instancePath: instancePath + "/rollout_plan/waivers/" + i5 + "/expires", schemaPath: "#/definitions/waiver/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.expires.type, parentSchema: schema42.properties.expires, data: data89 };
                    if (vErrors === null) {
                      vErrors = [err173];
                    } else {
                      vErrors.push(err173);
                    }
                    errors++;
                  }
                }
              } else {
                const err174 = { instancePath: instancePath + "/rollout_plan/waivers/" + i5, schemaPath: "#/definitions/waiver/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data85 };
                if (vErrors === null) {
                  vErrors = [err174];
                } else {
                  vErrors.push(err174);
                }
                errors++;
              }
            }
          } else {
            const err175 = { instancePath: instancePath + "/rollout_plan/waivers", schemaPath: "#/properties/rollout_plan/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rollout_plan.properties.waivers.type, parentSchema: schema11.properties.rollout_plan.properties.waivers, data: data84 };
            if (vErrors === null) {
              vErrors = [err175];
            } else {
              vErrors.push(err175);
            }
            errors++;
          }
        }
        if (data0.sources !== void 0) {
          let data90 = data0.sources;
          if (Array.isArray(data90)) {
            if (data90.length > 100) {
              const err176 = { instancePath: instancePath + "/rollout_plan/sources", schemaPath: "#/properties/rollout_plan/properties/sources/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema11.properties.rollout_plan.properties.sources, data: data90 };
              if (vErrors === null) {
                vErrors = [err176];
              } else {
                vErrors.push(err176);
              }
              errors++;
            }
            const len6 = data90.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data91 = data90[i6];
              if (typeof data91 === "string") {
                if (func3(data91) > 1024) {
                  const err177 = { instancePath: instancePath + "/rollout_plan/sources/" + i6, schemaPath: "#/definitions/evidencePath/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema25, data: data91 };
                  if (vErrors === null) {
                    vErrors = [err177];
                  } else {
                    vErrors.push(err177);
                  }
                  errors++;
                }
                if (func3(data91) < 1) {
                  const err178 = { instancePath: instancePath + "/rollout_plan/sources/" + i6, schemaPath: "#/definitions/evidencePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25, data: data91 };
                  if (vErrors === null) {
                    vErrors = [err178];
                  } else {
                    vErrors.push(err178);
                  }
                  errors++;
                }
              } else {
                const err179 = { instancePath: instancePath + "/rollout_plan/sources/" + i6, schemaPath: "#/definitions/evidencePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.type, parentSchema: schema25, data: data91 };
                if (vErrors === null) {
                  vErrors = [err179];
                } else {
                  vErrors.push(err179);
                }
                errors++;
              }
            }
          } else {
            const err180 = { instancePath: instancePath + "/rollout_plan/sources", schemaPath: "#/properties/rollout_plan/properties/sources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rollout_plan.properties.sources.type, parentSchema: schema11.properties.rollout_plan.properties.sources, data: data90 };
            if (vErrors === null) {
              vErrors = [err180];
            } else {
              vErrors.push(err180);
            }
            errors++;
          }
        }
        if (data0.exposure_sources !== void 0) {
          let data92 = data0.exposure_sources;
          if (Array.isArray(data92)) {
            const len7 = data92.length;
            for (let i7 = 0; i7 < len7; i7++) {
              if (!validate34(data92[i7], { instancePath: instancePath + "/rollout_plan/exposure_sources/" + i7, parentData: data92, parentDataProperty: i7, rootData })) {
                vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err181 = { instancePath: instancePath + "/rollout_plan/exposure_sources", schemaPath: "#/properties/rollout_plan/properties/exposure_sources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rollout_plan.properties.exposure_sources.type, parentSchema: schema11.properties.rollout_plan.properties.exposure_sources, data: data92 };
            if (vErrors === null) {
              vErrors = [err181];
            } else {
              vErrors.push(err181);
            }
            errors++;
          }
        }
      } else {
        const err182 = { instancePath: instancePath + "/rollout_plan", schemaPath: "#/properties/rollout_plan/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rollout_plan.type, parentSchema: schema11.properties.rollout_plan, data: data0 };
        if (vErrors === null) {
          vErrors = [err182];
        } else {
          vErrors.push(err182);
        }
        errors++;
      }
    }
  } else {
    const err183 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err183];
    } else {
      vErrors.push(err183);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var policy = validate36;
var schema50 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://rollout-gate.dev/schemas/policy.schema.json", "title": "rollout-gate rollout checklist policy", "description": "Which readiness checks gate the rollout manifests it applies to. Generated from the rule registry by `npm run generate`.", "type": "object", "additionalProperties": false, "required": ["rollout"], "properties": { "rollout": { "type": "object", "additionalProperties": false, "properties": { "applies_to": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 }, "description": "Globs (minimatch) of the manifests this policy gates. Default: every manifest." }, "require": { "type": "array", "items": { "type": "string" }, "description": "Requirement checks that must hold." }, "block_if": { "type": "array", "items": { "type": "string" }, "description": "Hazard checks that block when they fire." }, "stages": { "type": "object", "description": "Extra requirements for manifests whose live stage has this name.", "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "require": { "type": "array", "items": { "type": "string" } }, "owners": { "type": "array", "items": { "$ref": "#/definitions/ownerCategory" } } } } }, "severity": { "type": "object", "additionalProperties": { "enum": ["block", "warn"] }, "description": "Severity per check id; default block." }, "custom_checks": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["id", "block", "message", "schema"], "properties": { "id": { "type": "string", "pattern": "^[a-z][a-z0-9_]*$" }, "block": { "enum": ["runtime_correctness", "safety_and_policy", "capability_execution", "observability", "eval_and_slo", "operational_readiness", "ownership_and_rollback"] }, "message": { "type": "string", "minLength": 1 }, "remediation": { "type": "string" }, "owner": { "$ref": "#/definitions/ownerCategory" }, "when": { "type": "object", "description": "JSON Schema fragment: the check applies only to manifests that match it." }, "schema": { "type": "object", "description": "JSON Schema fragment over the manifest (the whole document, with `rollout_plan`) that must match." } } } }, "owners": { "type": "array", "items": { "$ref": "#/definitions/ownerCategory" }, "description": "Owner categories that must be named." }, "approvals": { "type": "object", "additionalProperties": false, "properties": { "orchestration_pattern_change": { "type": "array", "items": { "$ref": "#/definitions/ownerCategory" }, "description": "Owner categories whose GitHub handles must approve the pull request when an orchestration pattern changes (verified by the action from the pull request's reviews)." } } }, "rollout_mode": { "type": "object", "additionalProperties": false, "properties": { "initial": { "type": "string", "minLength": 1, "description": "The furthest stage a new rollout may go live at." }, "max_tenant_exposure_pct": { "type": "number", "minimum": 0, "maximum": 100, "description": "Largest exposure, in percent, while at or before the initial stage." }, "require_shadow_period": { "type": "boolean", "description": "Require a shadow period of at least a day, with evidence, before live exposure." }, "min_shadow_days": { "type": "integer", "minimum": 1, "maximum": 365, "description": "Days the workflow must run in shadow mode before live exposure (default 1), with `require_shadow_period`." } } }, "pacing": { "type": "object", "additionalProperties": false, "properties": { "max_step_pct": { "type": "number", "exclusiveMinimum": 0, "maximum": 100, "description": "Largest allowed increase of a percentage exposure in one change, in percentage points." }, "max_step_ratio": { "type": "number", "minimum": 1, "maximum": 1e9, "description": "Largest allowed increase of an account count in one change, as a factor: head accounts divided by base accounts." }, "min_dwell": { "type": "string", "pattern": "^[0-9]{1,9}(ms|s|m|h|d)$", "description": "How long a stage and exposure must hold before exposure may increase." } } }, "waivers": { "type": "object", "additionalProperties": false, "properties": { "approvers": { "type": "array", "items": { "$ref": "#/definitions/ownerCategory" }, "description": "Owner categories whose GitHub handles (from the manifest at the base) must approve a waiver that a pull request adds or renews before it takes effect in that pull request." }, "max_days": { "type": "integer", "minimum": 1, "maximum": 3650, "description": "Longest term, in days from the evaluated moment, of a waiver that a pull request adds or renews." } } }, "evidence_thresholds": { "type": "object", "propertyNames": { "enum": ["trace_coverage", "policy_prechecks", "policy_decision_traces", "offline_eval", "slo", "regression_gate", "runbook", "alerting", "rollback_rehearsal", "failed_run_drills", "multi_tenant_tests", "high_risk_path_tests", "support_readiness", "communication_plan"] }, "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "require": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 256, "pattern": "^\\s*[A-Za-z_][A-Za-z0-9_.]*\\s*(>=|<=|==|!=|>|<)" }, "maxItems": 50, "description": 'Criteria that hold at every stage, e.g. "pass_rate >= 0.90".' }, "stages": { "type": "object", "additionalProperties": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 256, "pattern": "^\\s*[A-Za-z_][A-Za-z0-9_.]*\\s*(>=|<=|==|!=|>|<)" }, "maxItems": 50 }, "description": "Further criteria per stage name (ga also applies to the top of the ladder)." } } }, "description": 'Minimum criteria per evidence kind, checked against the metrics of its typed evidence, e.g. `offline_eval: { require: ["pass_rate >= 0.90"], stages: { ga: ["pass_rate >= 0.97"] } }`. Evidence a threshold applies to must be typed.' }, "evidence_max_age": { "type": "object", "propertyNames": { "enum": ["trace_coverage", "policy_prechecks", "policy_decision_traces", "offline_eval", "slo", "regression_gate", "runbook", "alerting", "rollback_rehearsal", "failed_run_drills", "multi_tenant_tests", "high_risk_path_tests", "support_readiness", "communication_plan"] }, "additionalProperties": { "type": "string", "pattern": "^[0-9]{1,9}(ms|s|m|h|d)$" }, "description": "Maximum age per evidence kind (`offline_eval: 14d`): evidence whose file last changed longer ago than that, by git history, is stale; typed evidence that states an older run time is as old as that run." }, "block_unverified_criteria": { "type": "boolean", "description": "Stage criteria written as conditions that no typed evidence can measure block instead of warning." } } } }, "definitions": { "ownerCategory": { "enum": ["product", "technical", "data", "eval", "support", "communication", "cost", "risk", "on_call", "rollback"] } } };
var schema51 = { "enum": ["product", "technical", "data", "eval", "support", "communication", "cost", "risk", "on_call", "rollback"] };
var pattern21 = new RegExp("^[a-z][a-z0-9_]*$", "u");
var pattern23 = new RegExp("^\\s*[A-Za-z_][A-Za-z0-9_.]*\\s*(>=|<=|==|!=|>|<)", "u");
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.rollout === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rollout" }, message: "must have required property 'rollout'", schema: schema50.required, parentSchema: schema50, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "rollout")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.rollout !== void 0) {
      let data0 = data.rollout;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!func2.call(schema50.properties.rollout.properties, key1)) {
            const err2 = { instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50.properties.rollout, data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.applies_to !== void 0) {
          let data1 = data0.applies_to;
          if (Array.isArray(data1)) {
            if (data1.length < 1) {
              const err3 = { instancePath: instancePath + "/rollout/applies_to", schemaPath: "#/properties/rollout/properties/applies_to/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema50.properties.rollout.properties.applies_to, data: data1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data2 = data1[i0];
              if (typeof data2 === "string") {
                if (func3(data2) < 1) {
                  const err4 = { instancePath: instancePath + "/rollout/applies_to/" + i0, schemaPath: "#/properties/rollout/properties/applies_to/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties.rollout.properties.applies_to.items, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
              } else {
                const err5 = { instancePath: instancePath + "/rollout/applies_to/" + i0, schemaPath: "#/properties/rollout/properties/applies_to/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.rollout.properties.applies_to.items.type, parentSchema: schema50.properties.rollout.properties.applies_to.items, data: data2 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          } else {
            const err6 = { instancePath: instancePath + "/rollout/applies_to", schemaPath: "#/properties/rollout/properties/applies_to/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.rollout.properties.applies_to.type, parentSchema: schema50.properties.rollout.properties.applies_to, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.require !== void 0) {
          let data3 = data0.require;
          if (Array.isArray(data3)) {
            const len1 = data3.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data4 = data3[i1];
              if (typeof data4 !== "string") {
                const err7 = { instancePath: instancePath + "/rollout/require/" + i1, schemaPath: "#/properties/rollout/properties/require/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.rollout.properties.require.items.type, parentSchema: schema50.properties.rollout.properties.require.items, data: data4 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
          } else {
            const err8 = { instancePath: instancePath + "/rollout/require", schemaPath: "#/properties/rollout/properties/require/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.rollout.properties.require.type, parentSchema: schema50.properties.rollout.properties.require, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.block_if !== void 0) {
          let data5 = data0.block_if;
          if (Array.isArray(data5)) {
            const len2 = data5.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data6 = data5[i2];
              if (typeof data6 !== "string") {
                const err9 = { instancePath: instancePath + "/rollout/block_if/" + i2, schemaPath: "#/properties/rollout/properties/block_if/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.rollout.properties.block_if.items.type, parentSchema: schema50.properties.rollout.properties.block_if.items, data: data6 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
          } else {
            const err10 = { instancePath: instancePath + "/rollout/block_if", schemaPath: "#/properties/rollout/properties/block_if/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.rollout.properties.block_if.type, parentSchema: schema50.properties.rollout.properties.block_if, data: data5 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data0.stages !== void 0) {
          let data7 = data0.stages;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key2 in data7) {
              let data8 = data7[key2];
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                for (const key3 in data8) {
                  if (!(key3 === "require" || key3 === "owners")) {
                    const err11 = { instancePath: instancePath + "/rollout/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rollout/properties/stages/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50.properties.rollout.properties.stages.additionalProperties, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                }
                if (data8.require !== void 0) {
                  let data9 = data8.require;
                  if (Array.isArray(data9)) {
                    const len3 = data9.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data10 = data9[i3];
                      if (typeof data10 !== "string") {
                        const err12 = { instancePath: instancePath + "/rollout/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/require/" + i3, schemaPath: "#/properties/rollout/properties/stages/additionalProperties/properties/require/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.rollout.properties.stages.additionalProperties.properties.require.items.type, parentSchema: schema50.properties.rollout.properties.stages.additionalProperties.properties.require.items, data: data10 };
                        if (vErrors === null) {
                          vErrors = [err12];
                        } else {
                          vErrors.push(err12);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err13 = { instancePath: instancePath + "/rollout/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/require", schemaPath: "#/properties/rollout/properties/stages/additionalProperties/properties/require/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.rollout.properties.stages.additionalProperties.properties.require.type, parentSchema: schema50.properties.rollout.properties.stages.additionalProperties.properties.require, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
                if (data8.owners !== void 0) {
                  let data11 = data8.owners;
                  if (Array.isArray(data11)) {
                    const len4 = data11.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                      let data12 = data11[i4];
                      if (!(data12 === "product" || data12 === "technical" || data12 === "data" || data12 === "eval" || data12 === "support" || data12 === "communication" || data12 === "cost" || data12 === "risk" || data12 === "on_call" || data12 === "rollback")) {
                        const err14 = { instancePath: instancePath + "/rollout/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/owners/" + i4, schemaPath: "#/definitions/ownerCategory/enum", keyword: "enum", params: { allowedValues: schema51.enum }, message: "must be equal to one of the allowed values", schema: schema51.enum, parentSchema: schema51, data: data12 };
                        if (vErrors === null) {
                          vErrors = [err14];
                        } else {
                          vErrors.push(err14);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err15 = { instancePath: instancePath + "/rollout/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/owners", schemaPath: "#/properties/rollout/properties/stages/additionalProperties/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.rollout.properties.stages.additionalProperties.properties.owners.type, parentSchema: schema50.properties.rollout.properties.stages.additionalProperties.properties.owners, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
              } else {
                const err16 = { instancePath: instancePath + "/rollout/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rollout/properties/stages/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.properties.rollout.properties.stages.additionalProperties.type, parentSchema: schema50.properties.rollout.properties.stages.additionalProperties, data: data8 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/rollout/stages", schemaPath: "#/properties/rollout/properties/stages/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.properties.rollout.properties.stages.type, parentSchema: schema50.properties.rollout.properties.stages, data: data7 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data0.severity !== void 0) {
          let data13 = data0.severity;
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            for (const key4 in data13) {
              let data14 = data13[key4];
              if (!(data14 === "block" || data14 === "warn")) {
                const err18 = { instancePath: instancePath + "/rollout/severity/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rollout/properties/severity/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema50.properties.rollout.properties.severity.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema50.properties.rollout.properties.severity.additionalProperties.enum, parentSchema: schema50.properties.rollout.properties.severity.additionalProperties, data: data14 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/rollout/severity", schemaPath: "#/properties/rollout/properties/severity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.properties.rollout.properties.severity.type, parentSchema: schema50.properties.rollout.properties.severity, data: data13 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data0.custom_checks !== void 0) {
          let data15 = data0.custom_checks;
          if (Array.isArray(data15)) {
            const len5 = data15.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data16 = data15[i5];
              if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                if (data16.id === void 0) {
                  const err20 = { instancePath: instancePath + "/rollout/custom_checks/" + i5, schemaPath: "#/properties/rollout/properties/custom_checks/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema50.properties.rollout.properties.custom_checks.items.required, parentSchema: schema50.properties.rollout.properties.custom_checks.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
                if (data16.block === void 0) {
                  const err21 = { instancePath: instancePath + "/rollout/custom_checks/" + i5, schemaPath: "#/properties/rollout/properties/custom_checks/items/required", keyword: "required", params: { missingProperty: "block" }, message: "must have required property 'block'", schema: schema50.properties.rollout.properties.custom_checks.items.required, parentSchema: schema50.properties.rollout.properties.custom_checks.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
                if (data16.message === void 0) {
                  const err22 = { instancePath: instancePath + "/rollout/custom_checks/" + i5, schemaPath: "#/properties/rollout/properties/custom_checks/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema50.properties.rollout.properties.custom_checks.items.required, parentSchema: schema50.properties.rollout.properties.custom_checks.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                if (data16.schema === void 0) {
                  const err23 = { instancePath: instancePath + "/rollout/custom_checks/" + i5, schemaPath: "#/properties/rollout/properties/custom_checks/items/required", keyword: "required", params: { missingProperty: "schema" }, message: "must have required property 'schema'", schema: schema50.properties.rollout.properties.custom_checks.items.required, parentSchema: schema50.properties.rollout.properties.custom_checks.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
                for (const key5 in data16) {
                  if (!(key5 === "id" || key5 === "block" || key5 === "message" || key5 === "remediation" || key5 === "owner" || key5 === "when" || key5 === "schema")) {
                    const err24 = { instancePath: instancePath + "/rollout/custom_checks/" + i5, schemaPath: "#/properties/rollout/properties/custom_checks/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50.properties.rollout.properties.custom_checks.items, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
                if (data16.id !== void 0) {
                  let data17 = data16.id;
                  if (typeof data17 === "string") {
                    if (!pattern21.test(data17)) {
                      const err25 = { instancePath: instancePath + "/rollout/custom_checks/" + i5 + "/id", schemaPath: "#/properties/rollout/properties/custom_checks/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema50.properties.rollout.properties.custom_checks.items.properties.id, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err25];
                      } else {
                        vErrors.push(err25);
                      }
                      errors++;
                    }
                  } else {
                    const err26 = { instancePath: instancePath + "/rollout/custom_checks/" + i5 + "/id", schemaPath: "#/properties/rollout/properties/custom_checks/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.rollout.properties.custom_checks.items.properties.id.type, parentSchema: schema50.properties.rollout.properties.custom_checks.items.properties.id, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
                if (data16.block !== void 0) {
                  let data18 = data16.block;
                  if (!(data18 === "runtime_correctness" || data18 === "safety_and_policy" || data18 === "capability_execution" || data18 === "observability" || data18 === "eval_and_slo" || data18 === "operational_readiness" || data18 === "ownership_and_rollback")) {
                    const err27 = { instancePath: instancePath + "/rollout/custom_checks/" + i5 + "/block", schemaPath: "#/properties/rollout/properties/custom_checks/items/properties/block/enum", keyword: "enum", params: { allowedValues: schema50.properties.rollout.properties.custom_checks.items.properties.block.enum }, message: "must be equal to one of the allowed values", schema: schema50.properties.rollout.properties.custom_checks.items.properties.block.enum, parentSchema: schema50.properties.rollout.properties.custom_checks.items.properties.block, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data16.message !== void 0) {
                  let data19 = data16.message;
                  if (typeof data19 === "string") {
                    if (func3(data19) < 1) {
                      const err28 = { instancePath: instancePath + "/rollout/custom_checks/" + i5 + "/message", schemaPath: "#/properties/rollout/properties/custom_checks/items/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties.rollout.properties.custom_checks.items.properties.message, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                  } else {
                    const err29 = { instancePath: instancePath + "/rollout/custom_checks/" + i5 + "/message", schemaPath: "#/properties/rollout/properties/custom_checks/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.rollout.properties.custom_checks.items.properties.message.type, parentSchema: schema50.properties.rollout.properties.custom_checks.items.properties.message, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                if (data16.remediation !== void 0) {
                  let data20 = data16.remediation;
                  if (typeof data20 !== "string") {
                    const err30 = { instancePath: instancePath + "/rollout/custom_checks/" + i5 + "/remediation", schemaPath: "#/properties/rollout/properties/custom_checks/items/properties/remediation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.rollout.properties.custom_checks.items.properties.remediation.type, parentSchema: schema50.properties.rollout.properties.custom_checks.items.properties.remediation, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
                if (data16.owner !== void 0) {
                  let data21 = data16.owner;
                  if (!(data21 === "product" || data21 === "technical" || data21 === "data" || data21 === "eval" || data21 === "support" || data21 === "communication" || data21 === "cost" || data21 === "risk" || data21 === "on_call" || data21 === "rollback")) {
                    const err31 = { instancePath: instancePath + "/rollout/custom_checks/" + i5 + "/owner", schemaPath: "#/definitions/ownerCategory/enum", keyword: "enum", params: { allowedValues: schema51.enum }, message: "must be equal to one of the allowed values", schema: schema51.enum, parentSchema: schema51, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
                if (data16.when !== void 0) {
                  let data22 = data16.when;
                  if (!(data22 && typeof data22 == "object" && !Array.isArray(data22))) {
                    const err32 = { instancePath: instancePath + "/rollout/custom_checks/" + i5 + "/when", schemaPath: "#/properties/rollout/properties/custom_checks/items/properties/when/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.properties.rollout.properties.custom_checks.items.properties.when.type, parentSchema: schema50.properties.rollout.properties.custom_checks.items.properties.when, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
                if (data16.schema !== void 0) {
                  let data23 = data16.schema;
                  if (!(data23 && typeof data23 == "object" && !Array.isArray(data23))) {
                    const err33 = { instancePath: instancePath + "/rollout/custom_checks/" + i5 + "/schema", schemaPath: "#/properties/rollout/properties/custom_checks/items/properties/schema/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.properties.rollout.properties.custom_checks.items.properties.schema.type, parentSchema: schema50.properties.rollout.properties.custom_checks.items.properties.schema, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
              } else {
                const err34 = { instancePath: instancePath + "/rollout/custom_checks/" + i5, schemaPath: "#/properties/rollout/properties/custom_checks/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.properties.rollout.properties.custom_checks.items.type, parentSchema: schema50.properties.rollout.properties.custom_checks.items, data: data16 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/rollout/custom_checks", schemaPath: "#/properties/rollout/properties/custom_checks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.rollout.properties.custom_checks.type, parentSchema: schema50.properties.rollout.properties.custom_checks, data: data15 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data0.owners !== void 0) {
          let data24 = data0.owners;
          if (Array.isArray(data24)) {
            const len6 = data24.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data25 = data24[i6];
              if (!(data25 === "product" || data25 === "technical" || data25 === "data" || data25 === "eval" || data25 === "support" || data25 === "communication" || data25 === "cost" || data25 === "risk" || data25 === "on_call" || data25 === "rollback")) {
                const err36 = { instancePath: instancePath + "/rollout/owners/" + i6, schemaPath: "#/definitions/ownerCategory/enum", keyword: "enum", params: { allowedValues: schema51.enum }, message: "must be equal to one of the allowed values", schema: schema51.enum, parentSchema: schema51, data: data25 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
          } else {
            const err37 = { instancePath: instancePath + "/rollout/owners", schemaPath: "#/properties/rollout/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.rollout.properties.owners.type, parentSchema: schema50.properties.rollout.properties.owners, data: data24 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data0.approvals !== void 0) {
          let data26 = data0.approvals;
          if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
            for (const key6 in data26) {
              if (!(key6 === "orchestration_pattern_change")) {
                const err38 = { instancePath: instancePath + "/rollout/approvals", schemaPath: "#/properties/rollout/properties/approvals/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50.properties.rollout.properties.approvals, data: data26 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data26.orchestration_pattern_change !== void 0) {
              let data27 = data26.orchestration_pattern_change;
              if (Array.isArray(data27)) {
                const len7 = data27.length;
                for (let i7 = 0; i7 < len7; i7++) {
                  let data28 = data27[i7];
                  if (!(data28 === "product" || data28 === "technical" || data28 === "data" || data28 === "eval" || data28 === "support" || data28 === "communication" || data28 === "cost" || data28 === "risk" || data28 === "on_call" || data28 === "rollback")) {
                    const err39 = { instancePath: instancePath + "/rollout/approvals/orchestration_pattern_change/" + i7, schemaPath: "#/definitions/ownerCategory/enum", keyword: "enum", params: { allowedValues: schema51.enum }, message: "must be equal to one of the allowed values", schema: schema51.enum, parentSchema: schema51, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
              } else {
                const err40 = { instancePath: instancePath + "/rollout/approvals/orchestration_pattern_change", schemaPath: "#/properties/rollout/properties/approvals/properties/orchestration_pattern_change/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.rollout.properties.approvals.properties.orchestration_pattern_change.type, parentSchema: schema50.properties.rollout.properties.approvals.properties.orchestration_pattern_change, data: data27 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
          } else {
            const err41 = { instancePath: instancePath + "/rollout/approvals", schemaPath: "#/properties/rollout/properties/approvals/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.properties.rollout.properties.approvals.type, parentSchema: schema50.properties.rollout.properties.approvals, data: data26 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data0.rollout_mode !== void 0) {
          let data29 = data0.rollout_mode;
          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            for (const key7 in data29) {
              if (!(key7 === "initial" || key7 === "max_tenant_exposure_pct" || key7 === "require_shadow_period" || key7 === "min_shadow_days")) {
                const err42 = { instancePath: instancePath + "/rollout/rollout_mode", schemaPath: "#/properties/rollout/properties/rollout_mode/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50.properties.rollout.properties.rollout_mode, data: data29 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data29.initial !== void 0) {
              let data30 = data29.initial;
              if (typeof data30 === "string") {
                if (func3(data30) < 1) {
                  const err43 = { instancePath: instancePath + "/rollout/rollout_mode/initial", schemaPath: "#/properties/rollout/properties/rollout_mode/properties/initial/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties.rollout.properties.rollout_mode.properties.initial, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              } else {
                const err44 = { instancePath: instancePath + "/rollout/rollout_mode/initial", schemaPath: "#/properties/rollout/properties/rollout_mode/properties/initial/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.rollout.properties.rollout_mode.properties.initial.type, parentSchema: schema50.properties.rollout.properties.rollout_mode.properties.initial, data: data30 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data29.max_tenant_exposure_pct !== void 0) {
              let data31 = data29.max_tenant_exposure_pct;
              if (typeof data31 == "number" && isFinite(data31)) {
                if (data31 > 100 || isNaN(data31)) {
                  const err45 = { instancePath: instancePath + "/rollout/rollout_mode/max_tenant_exposure_pct", schemaPath: "#/properties/rollout/properties/rollout_mode/properties/max_tenant_exposure_pct/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema50.properties.rollout.properties.rollout_mode.properties.max_tenant_exposure_pct, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
                if (data31 < 0 || isNaN(data31)) {
                  const err46 = { instancePath: instancePath + "/rollout/rollout_mode/max_tenant_exposure_pct", schemaPath: "#/properties/rollout/properties/rollout_mode/properties/max_tenant_exposure_pct/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema50.properties.rollout.properties.rollout_mode.properties.max_tenant_exposure_pct, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              } else {
                const err47 = { instancePath: instancePath + "/rollout/rollout_mode/max_tenant_exposure_pct", schemaPath: "#/properties/rollout/properties/rollout_mode/properties/max_tenant_exposure_pct/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema50.properties.rollout.properties.rollout_mode.properties.max_tenant_exposure_pct.type, parentSchema: schema50.properties.rollout.properties.rollout_mode.properties.max_tenant_exposure_pct, data: data31 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data29.require_shadow_period !== void 0) {
              let data32 = data29.require_shadow_period;
              if (typeof data32 !== "boolean") {
                const err48 = { instancePath: instancePath + "/rollout/rollout_mode/require_shadow_period", schemaPath: "#/properties/rollout/properties/rollout_mode/properties/require_shadow_period/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema50.properties.rollout.properties.rollout_mode.properties.require_shadow_period.type, parentSchema: schema50.properties.rollout.properties.rollout_mode.properties.require_shadow_period, data: data32 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data29.min_shadow_days !== void 0) {
              let data33 = data29.min_shadow_days;
              if (!(typeof data33 == "number" && (!(data33 % 1) && !isNaN(data33)) && isFinite(data33))) {
                const err49 = { instancePath: instancePath + "/rollout/rollout_mode/min_shadow_days", schemaPath: "#/properties/rollout/properties/rollout_mode/properties/min_shadow_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema50.properties.rollout.properties.rollout_mode.properties.min_shadow_days.type, parentSchema: schema50.properties.rollout.properties.rollout_mode.properties.min_shadow_days, data: data33 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
              if (typeof data33 == "number" && isFinite(data33)) {
                if (data33 > 365 || isNaN(data33)) {
                  const err50 = { instancePath: instancePath + "/rollout/rollout_mode/min_shadow_days", schemaPath: "#/properties/rollout/properties/rollout_mode/properties/min_shadow_days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 365 }, message: "must be <= 365", schema: 365, parentSchema: schema50.properties.rollout.properties.rollout_mode.properties.min_shadow_days, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
                if (data33 < 1 || isNaN(data33)) {
                  const err51 = { instancePath: instancePath + "/rollout/rollout_mode/min_shadow_days", schemaPath: "#/properties/rollout/properties/rollout_mode/properties/min_shadow_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema50.properties.rollout.properties.rollout_mode.properties.min_shadow_days, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err52 = { instancePath: instancePath + "/rollout/rollout_mode", schemaPath: "#/properties/rollout/properties/rollout_mode/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.properties.rollout.properties.rollout_mode.type, parentSchema: schema50.properties.rollout.properties.rollout_mode, data: data29 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data0.pacing !== void 0) {
          let data34 = data0.pacing;
          if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
            for (const key8 in data34) {
              if (!(key8 === "max_step_pct" || key8 === "max_step_ratio" || key8 === "min_dwell")) {
                const err53 = { instancePath: instancePath + "/rollout/pacing", schemaPath: "#/properties/rollout/properties/pacing/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50.properties.rollout.properties.pacing, data: data34 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data34.max_step_pct !== void 0) {
              let data35 = data34.max_step_pct;
              if (typeof data35 == "number" && isFinite(data35)) {
                if (data35 > 100 || isNaN(data35)) {
                  const err54 = { instancePath: instancePath + "/rollout/pacing/max_step_pct", schemaPath: "#/properties/rollout/properties/pacing/properties/max_step_pct/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema50.properties.rollout.properties.pacing.properties.max_step_pct, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
                if (data35 <= 0 || isNaN(data35)) {
                  const err55 = { instancePath: instancePath + "/rollout/pacing/max_step_pct", schemaPath: "#/properties/rollout/properties/pacing/properties/max_step_pct/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema50.properties.rollout.properties.pacing.properties.max_step_pct, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              } else {
                const err56 = { instancePath: instancePath + "/rollout/pacing/max_step_pct", schemaPath: "#/properties/rollout/properties/pacing/properties/max_step_pct/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema50.properties.rollout.properties.pacing.properties.max_step_pct.type, parentSchema: schema50.properties.rollout.properties.pacing.properties.max_step_pct, data: data35 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data34.max_step_ratio !== void 0) {
              let data36 = data34.max_step_ratio;
              if (typeof data36 == "number" && isFinite(data36)) {
                if (data36 > 1e9 || isNaN(data36)) {
                  const err57 = { instancePath: instancePath + "/rollout/pacing/max_step_ratio", schemaPath: "#/properties/rollout/properties/pacing/properties/max_step_ratio/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema50.properties.rollout.properties.pacing.properties.max_step_ratio, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
                if (data36 < 1 || isNaN(data36)) {
                  const err58 = { instancePath: instancePath + "/rollout/pacing/max_step_ratio", schemaPath: "#/properties/rollout/properties/pacing/properties/max_step_ratio/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema50.properties.rollout.properties.pacing.properties.max_step_ratio, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              } else {
                const err59 = { instancePath: instancePath + "/rollout/pacing/max_step_ratio", schemaPath: "#/properties/rollout/properties/pacing/properties/max_step_ratio/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema50.properties.rollout.properties.pacing.properties.max_step_ratio.type, parentSchema: schema50.properties.rollout.properties.pacing.properties.max_step_ratio, data: data36 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data34.min_dwell !== void 0) {
              let data37 = data34.min_dwell;
              if (typeof data37 === "string") {
                if (!pattern14.test(data37)) {
                  const err60 = { instancePath: instancePath + "/rollout/pacing/min_dwell", schemaPath: "#/properties/rollout/properties/pacing/properties/min_dwell/pattern", keyword: "pattern", params: { pattern: "^[0-9]{1,9}(ms|s|m|h|d)$" }, message: 'must match pattern "^[0-9]{1,9}(ms|s|m|h|d)$"', schema: "^[0-9]{1,9}(ms|s|m|h|d)$", parentSchema: schema50.properties.rollout.properties.pacing.properties.min_dwell, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              } else {
                const err61 = { instancePath: instancePath + "/rollout/pacing/min_dwell", schemaPath: "#/properties/rollout/properties/pacing/properties/min_dwell/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.rollout.properties.pacing.properties.min_dwell.type, parentSchema: schema50.properties.rollout.properties.pacing.properties.min_dwell, data: data37 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
          } else {
            const err62 = { instancePath: instancePath + "/rollout/pacing", schemaPath: "#/properties/rollout/properties/pacing/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.properties.rollout.properties.pacing.type, parentSchema: schema50.properties.rollout.properties.pacing, data: data34 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data0.waivers !== void 0) {
          let data38 = data0.waivers;
          if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
            for (const key9 in data38) {
              if (!(key9 === "approvers" || key9 === "max_days")) {
                const err63 = { instancePath: instancePath + "/rollout/waivers", schemaPath: "#/properties/rollout/properties/waivers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50.properties.rollout.properties.waivers, data: data38 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data38.approvers !== void 0) {
              let data39 = data38.approvers;
              if (Array.isArray(data39)) {
                const len8 = data39.length;
                for (let i8 = 0; i8 < len8; i8++) {
                  let data40 = data39[i8];
                  if (!(data40 === "product" || data40 === "technical" || data40 === "data" || data40 === "eval" || data40 === "support" || data40 === "communication" || data40 === "cost" || data40 === "risk" || data40 === "on_call" || data40 === "rollback")) {
                    const err64 = { instancePath: instancePath + "/rollout/waivers/approvers/" + i8, schemaPath: "#/definitions/ownerCategory/enum", keyword: "enum", params: { allowedValues: schema51.enum }, message: "must be equal to one of the allowed values", schema: schema51.enum, parentSchema: schema51, data: data40 };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                }
              } else {
                const err65 = { instancePath: instancePath + "/rollout/waivers/approvers", schemaPath: "#/properties/rollout/properties/waivers/properties/approvers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.rollout.properties.waivers.properties.approvers.type, parentSchema: schema50.properties.rollout.properties.waivers.properties.approvers, data: data39 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data38.max_days !== void 0) {
              let data41 = data38.max_days;
              if (!(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41)) && isFinite(data41))) {
                const err66 = { instancePath: instancePath + "/rollout/waivers/max_days", schemaPath: "#/properties/rollout/properties/waivers/properties/max_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema50.properties.rollout.properties.waivers.properties.max_days.type, parentSchema: schema50.properties.rollout.properties.waivers.properties.max_days, data: data41 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
              if (typeof data41 == "number" && isFinite(data41)) {
                if (data41 > 3650 || isNaN(data41)) {
                  const err67 = { instancePath: instancePath + "/rollout/waivers/max_days", schemaPath: "#/properties/rollout/properties/waivers/properties/max_days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650", schema: 3650, parentSchema: schema50.properties.rollout.properties.waivers.properties.max_days, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
                if (data41 < 1 || isNaN(data41)) {
                  const err68 = { instancePath: instancePath + "/rollout/waivers/max_days", schemaPath: "#/properties/rollout/properties/waivers/properties/max_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema50.properties.rollout.properties.waivers.properties.max_days, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err69 = { instancePath: instancePath + "/rollout/waivers", schemaPath: "#/properties/rollout/properties/waivers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.properties.rollout.properties.waivers.type, parentSchema: schema50.properties.rollout.properties.waivers, data: data38 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data0.evidence_thresholds !== void 0) {
          let data42 = data0.evidence_thresholds;
          if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
            for (const key10 in data42) {
              const _errs95 = errors;
              if (!(key10 === "trace_coverage" || key10 === "policy_prechecks" || key10 === "policy_decision_traces" || key10 === "offline_eval" || key10 === "slo" || key10 === "regression_gate" || key10 === "runbook" || key10 === "alerting" || key10 === "rollback_rehearsal" || key10 === "failed_run_drills" || key10 === "multi_tenant_tests" || key10 === "high_risk_path_tests" || key10 === "support_readiness" || key10 === "communication_plan")) {
                const err70 = { instancePath: instancePath + "/rollout/evidence_thresholds", schemaPath: "#/properties/rollout/properties/evidence_thresholds/propertyNames/enum", keyword: "enum", params: { allowedValues: schema50.properties.rollout.properties.evidence_thresholds.propertyNames.enum }, message: "must be equal to one of the allowed values", schema: schema50.properties.rollout.properties.evidence_thresholds.propertyNames.enum, parentSchema: schema50.properties.rollout.properties.evidence_thresholds.propertyNames, data: key10, propertyName: key10 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
              var valid33 = _errs95 === errors;
              if (!valid33) {
                const err71 = { instancePath: instancePath + "/rollout/evidence_thresholds", schemaPath: "#/properties/rollout/properties/evidence_thresholds/propertyNames", keyword: "propertyNames", params: { propertyName: key10 }, message: "property name must be valid", schema: schema50.properties.rollout.properties.evidence_thresholds.propertyNames, parentSchema: schema50.properties.rollout.properties.evidence_thresholds, data: data42 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            for (const key11 in data42) {
              let data43 = data42[key11];
              if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                for (const key12 in data43) {
                  if (!(key12 === "require" || key12 === "stages")) {
                    const err72 = { instancePath: instancePath + "/rollout/evidence_thresholds/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rollout/properties/evidence_thresholds/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50.properties.rollout.properties.evidence_thresholds.additionalProperties, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                }
                if (data43.require !== void 0) {
                  let data44 = data43.require;
                  if (Array.isArray(data44)) {
                    if (data44.length > 50) {
                      const err73 = { instancePath: instancePath + "/rollout/evidence_thresholds/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/require", schemaPath: "#/properties/rollout/properties/evidence_thresholds/additionalProperties/properties/require/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: schema50.properties.rollout.properties.evidence_thresholds.additionalProperties.properties.require, data: data44 };
                      if (vErrors === null) {
                        vErrors = [err73];
                      } else {
                        vErrors.push(err73);
                      }
                      errors++;
                    }
                    const len9 = data44.length;
                    for (let i9 = 0; i9 < len9; i9++) {
                      let data45 = data44[i9];
                      if (typeof data45 === "string") {
                        if (func3(data45) > 256) {
                          const err74 = { instancePath: instancePath + "/rollout/evidence_thresholds/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/require/" + i9, schemaPath: "#/properties/rollout/properties/evidence_thresholds/additionalProperties/properties/require/items/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema50.properties.rollout.properties.evidence_thresholds.additionalProperties.properties.require.items, data: data45 };
                          if (vErrors === null) {
                            vErrors = [err74];
                          } else {
                            vErrors.push(err74);
                          }
                          errors++;
                        }
                        if (func3(data45) < 1) {
                          const err75 = { instancePath: instancePath + "/rollout/evidence_thresholds/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/require/" + i9, schemaPath: "#/properties/rollout/properties/evidence_thresholds/additionalProperties/properties/require/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties.rollout.properties.evidence_thresholds.additionalProperties.properties.require.items, data: data45 };
                          if (vErrors === null) {
                            vErrors = [err75];
                          } else {
                            vErrors.push(err75);
                          }
                          errors++;
                        }
                        if (!pattern23.test(data45)) {
                          const err76 = { instancePath: instancePath + "/rollout/evidence_thresholds/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/require/" + i9, schemaPath: "#/properties/rollout/properties/evidence_thresholds/additionalProperties/properties/require/items/pattern", keyword: "pattern", params: { pattern: "^\\s*[A-Za-z_][A-Za-z0-9_.]*\\s*(>=|<=|==|!=|>|<)" }, message: 'must match pattern "^\\s*[A-Za-z_][A-Za-z0-9_.]*\\s*(>=|<=|==|!=|>|<)"', schema: "^\\s*[A-Za-z_][A-Za-z0-9_.]*\\s*(>=|<=|==|!=|>|<)", parentSchema: schema50.properties.rollout.properties.evidence_thresholds.additionalProperties.properties.require.items, data: data45 };
                          if (vErrors === null) {
                            vErrors = [err76];
                          } else {
                            vErrors.push(err76);
                          }
                          errors++;
                        }
                      } else {
                        const err77 = { instancePath: instancePath + "/rollout/evidence_thresholds/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/require/" + i9, schemaPath: "#/properties/rollout/properties/evidence_thresholds/additionalProperties/properties/require/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.rollout.properties.evidence_thresholds.additionalProperties.properties.require.items.type, parentSchema: schema50.properties.rollout.properties.evidence_thresholds.additionalProperties.properties.require.items, data: data45 };
                        if (vErrors === null) {
                          vErrors = [err77];
                        } else {
                          vErrors.push(err77);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err78 = { instancePath: instancePath + "/rollout/evidence_thresholds/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/require", schemaPath: "#/properties/rollout/properties/evidence_thresholds/additionalProperties/properties/require/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.rollout.properties.evidence_thresholds.additionalProperties.properties.require.type, parentSchema: schema50.properties.rollout.properties.evidence_thresholds.additionalProperties.properties.require, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                }
                if (data43.stages !== void 0) {
                  let data46 = data43.stages;
                  if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                    for (const key13 in data46) {
                      let data47 = data46[key13];
                      if (Array.isArray(data47)) {
                        if (data47.length > 50) {
                          const err79 = { instancePath: instancePath + "/rollout/evidence_thresholds/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/stages/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rollout/properties/evidence_thresholds/additionalProperties/properties/stages/additionalProperties/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: schema50.properties.rollout.properties.evidence_thresholds.additionalProperties.properties.stages.additionalProperties, data: data47 };
                          if (vErrors === null) {
                            vErrors = [err79];
                          } else {
                            vErrors.push(err79);
                          }
                          errors++;
                        }
                        const len10 = data47.length;
                        for (let i10 = 0; i10 < len10; i10++) {
                          let data48 = data47[i10];
                          if (typeof data48 === "string") {
                            if (func3(data48) > 256) {
                              const err80 = { instancePath: instancePath + "/rollout/evidence_thresholds/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/stages/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i10, schemaPath: "#/properties/rollout/properties/evidence_thresholds/additionalProperties/properties/stages/additionalProperties/items/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema50.properties.rollout.properties.evidence_thresholds.additionalProperties.properties.stages.additionalProperties.items, data: data48 };
                              if (vErrors === null) {
                                vErrors = [err80];
                              } else {
                                vErrors.push(err80);
                              }
                              errors++;
                            }
                            if (func3(data48) < 1) {
                              const err81 = { instancePath: instancePath + "/rollout/evidence_thresholds/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/stages/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i10, schemaPath: "#/properties/rollout/properties/evidence_thresholds/additionalProperties/properties/stages/additionalProperties/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties.rollout.properties.evidence_thresholds.additionalProperties.properties.stages.additionalProperties.items, data: data48 };
                              if (vErrors === null) {
                                vErrors = [err81];
                              } else {
                                vErrors.push(err81);
                              }
                              errors++;
                            }
                            if (!pattern23.test(data48)) {
                              const err82 = { instancePath: instancePath + "/rollout/evidence_thresholds/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/stages/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i10, schemaPath: "#/properties/rollout/properties/evidence_thresholds/additionalProperties/properties/stages/additionalProperties/items/pattern", keyword: "pattern", params: { pattern: "^\\s*[A-Za-z_][A-Za-z0-9_.]*\\s*(>=|<=|==|!=|>|<)" }, message: 'must match pattern "^\\s*[A-Za-z_][A-Za-z0-9_.]*\\s*(>=|<=|==|!=|>|<)"', schema: "^\\s*[A-Za-z_][A-Za-z0-9_.]*\\s*(>=|<=|==|!=|>|<)", parentSchema: schema50.properties.rollout.properties.evidence_thresholds.additionalProperties.properties.stages.additionalProperties.items, data: data48 };
                              if (vErrors === null) {
                                vErrors = [err82];
                              } else {
                                vErrors.push(err82);
                              }
                              errors++;
                            }
                          } else {
                            const err83 = { instancePath: instancePath + "/rollout/evidence_thresholds/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/stages/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i10, schemaPath: "#/properties/rollout/properties/evidence_thresholds/additionalProperties/properties/stages/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.rollout.properties.evidence_thresholds.additionalProperties.properties.stages.additionalProperties.items.type, parentSchema: schema50.properties.rollout.properties.evidence_thresholds.additionalProperties.properties.stages.additionalProperties.items, data: data48 };
                            if (vErrors === null) {
                              vErrors = [err83];
                            } else {
                              vErrors.push(err83);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err84 = { instancePath: instancePath + "/rollout/evidence_thresholds/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/stages/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rollout/properties/evidence_thresholds/additionalProperties/properties/stages/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.properties.rollout.properties.evidence_thresholds.additionalProperties.properties.stages.additionalProperties.type, parentSchema: schema50.properties.rollout.properties.evidence_thresholds.additionalProperties.properties.stages.additionalProperties, data: data47 };
                        if (vErrors === null) {
                          vErrors = [err84];
                        } else {
                          vErrors.push(err84);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err85 = { instancePath: instancePath + "/rollout/evidence_thresholds/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/stages", schemaPath: "#/properties/rollout/properties/evidence_thresholds/additionalProperties/properties/stages/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.properties.rollout.properties.evidence_thresholds.additionalProperties.properties.stages.type, parentSchema: schema50.properties.rollout.properties.evidence_thresholds.additionalProperties.properties.stages, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err85];
                    } else {
                      vErrors.push(err85);
                    }
                    errors++;
                  }
                }
              } else {
                const err86 = { instancePath: instancePath + "/rollout/evidence_thresholds/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rollout/properties/evidence_thresholds/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.properties.rollout.properties.evidence_thresholds.additionalProperties.type, parentSchema: schema50.properties.rollout.properties.evidence_thresholds.additionalProperties, data: data43 };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
          } else {
            const err87 = { instancePath: instancePath + "/rollout/evidence_thresholds", schemaPath: "#/properties/rollout/properties/evidence_thresholds/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.properties.rollout.properties.evidence_thresholds.type, parentSchema: schema50.properties.rollout.properties.evidence_thresholds, data: data42 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
        if (data0.evidence_max_age !== void 0) {
          let data49 = data0.evidence_max_age;
          if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
            for (const key14 in data49) {
              const _errs113 = errors;
              if (!(key14 === "trace_coverage" || key14 === "policy_prechecks" || key14 === "policy_decision_traces" || key14 === "offline_eval" || key14 === "slo" || key14 === "regression_gate" || key14 === "runbook" || key14 === "alerting" || key14 === "rollback_rehearsal" || key14 === "failed_run_drills" || key14 === "multi_tenant_tests" || key14 === "high_risk_path_tests" || key14 === "support_readiness" || key14 === "communication_plan")) {
                const err88 = { instancePath: instancePath + "/rollout/evidence_max_age", schemaPath: "#/properties/rollout/properties/evidence_max_age/propertyNames/enum", keyword: "enum", params: { allowedValues: schema50.properties.rollout.properties.evidence_max_age.propertyNames.enum }, message: "must be equal to one of the allowed values", schema: schema50.properties.rollout.properties.evidence_max_age.propertyNames.enum, parentSchema: schema50.properties.rollout.properties.evidence_max_age.propertyNames, data: key14, propertyName: key14 };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
              var valid41 = _errs113 === errors;
              if (!valid41) {
                const err89 = { instancePath: instancePath + "/rollout/evidence_max_age", schemaPath: "#/properties/rollout/properties/evidence_max_age/propertyNames", keyword: "propertyNames", params: { propertyName: key14 }, message: "property name must be valid", schema: schema50.properties.rollout.properties.evidence_max_age.propertyNames, parentSchema: schema50.properties.rollout.properties.evidence_max_age, data: data49 };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
            for (const key15 in data49) {
              let data50 = data49[key15];
              if (typeof data50 === "string") {
                if (!pattern14.test(data50)) {
                  const err90 = { instancePath: instancePath + "/rollout/evidence_max_age/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rollout/properties/evidence_max_age/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^[0-9]{1,9}(ms|s|m|h|d)$" }, message: 'must match pattern "^[0-9]{1,9}(ms|s|m|h|d)$"', schema: "^[0-9]{1,9}(ms|s|m|h|d)$", parentSchema: schema50.properties.rollout.properties.evidence_max_age.additionalProperties, data: data50 };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                }
              } else {
                const err91 = { instancePath: instancePath + "/rollout/evidence_max_age/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rollout/properties/evidence_max_age/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.rollout.properties.evidence_max_age.additionalProperties.type, parentSchema: schema50.properties.rollout.properties.evidence_max_age.additionalProperties, data: data50 };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
            }
          } else {
            const err92 = { instancePath: instancePath + "/rollout/evidence_max_age", schemaPath: "#/properties/rollout/properties/evidence_max_age/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.properties.rollout.properties.evidence_max_age.type, parentSchema: schema50.properties.rollout.properties.evidence_max_age, data: data49 };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
        if (data0.block_unverified_criteria !== void 0) {
          let data51 = data0.block_unverified_criteria;
          if (typeof data51 !== "boolean") {
            const err93 = { instancePath: instancePath + "/rollout/block_unverified_criteria", schemaPath: "#/properties/rollout/properties/block_unverified_criteria/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema50.properties.rollout.properties.block_unverified_criteria.type, parentSchema: schema50.properties.rollout.properties.block_unverified_criteria, data: data51 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
      } else {
        const err94 = { instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.properties.rollout.type, parentSchema: schema50.properties.rollout, data: data0 };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
  } else {
    const err95 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data };
    if (vErrors === null) {
      vErrors = [err95];
    } else {
      vErrors.push(err95);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}

// src/core/schema/validate.ts
var validators = {
  manifest,
  policy
};
function validateAgainstSchema(name, doc) {
  const validate = validators[name];
  if (validate(doc.value)) return [];
  return describeErrors(validate.errors ?? [], doc);
}
function describeErrors(errors, doc) {
  const alternatives = errors.filter((e) => e.keyword === "anyOf");
  const inside = (e, a) => e.instancePath.startsWith(a.instancePath + "/") || e.instancePath === a.instancePath && MAPPING_KEYWORDS.has(e.keyword);
  const precise = alternatives.filter((a) => isMapping(a.data) && errors.some((e) => e.keyword !== "anyOf" && inside(e, a)));
  const kept = errors.filter((e) => {
    if (e.keyword === "anyOf") return !precise.includes(e);
    if (precise.some((a) => inside(e, a))) return true;
    if (precise.some((a) => e.instancePath === a.instancePath)) return false;
    return !alternatives.some((a) => e.schemaPath.startsWith(a.schemaPath.replace(/\/anyOf$/, "/anyOf/")) && e.instancePath.startsWith(a.instancePath));
  });
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const e of kept) {
    const p = describeOne(e, doc);
    const key = `${p.line}:${p.column}:${p.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column || a.message.localeCompare(b.message));
}
var MAPPING_KEYWORDS = /* @__PURE__ */ new Set(["additionalProperties", "required", "propertyNames", "minProperties"]);
var isMapping = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function fieldName(pointer) {
  if (pointer === "") return "the document";
  return pathOfPointer(pointer).map((s) => /^\d+$/.test(s) ? `[${s}]` : `.${s}`).join("").replace(/^\./, "");
}
function describeOne(e, doc) {
  const field = fieldName(e.instancePath);
  const at = doc.at(pathOfPointer(e.instancePath));
  switch (e.keyword) {
    case "additionalProperties": {
      const key = e.params.additionalProperty;
      const known = Object.keys((e.parentSchema ?? {}).properties ?? {});
      return problem(
        doc.keyAt([...pathOfPointer(e.instancePath), key]),
        `unknown key "${key}" in ${field}`,
        known.length > 0 ? `${didYouMean(key, known)} (remove the key or fix its spelling)` : "remove the key"
      );
    }
    case "required":
      return problem(
        at,
        `${field} is missing required key "${e.params.missingProperty}"`,
        "add the key; see the schema reference in README.md"
      );
    case "type":
      return problem(
        at,
        `${field} must be ${article(e.params.type)}, got ${describeValue(e.data)}`,
        "change the value to the expected type"
      );
    case "enum": {
      const allowed = e.params.allowedValues.map(String);
      return problem(
        at,
        `${field} is ${describeValue(e.data)}, which is not one of ${allowed.join(", ")}`,
        typeof e.data === "string" ? didYouMean(e.data, allowed) : `use one of ${allowed.join(", ")}`
      );
    }
    case "anyOf": {
      const description = (e.parentSchema ?? {}).description;
      return problem(at, `${field} has the wrong shape (got ${describeValue(e.data)})`, description ?? "see the schema reference in README.md");
    }
    case "pattern": {
      const description = (e.parentSchema ?? {}).description;
      return problem(
        at,
        `${field} is ${describeValue(e.data)}, which does not have the expected form`,
        description ?? `it must match ${e.params.pattern}`
      );
    }
    case "propertyNames":
      return problem(at, `${field} has a key that is not a valid name`, "names start with a letter and use letters, digits, _ and -");
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
    case "minLength":
    case "maxLength":
    case "minItems":
    case "minProperties":
      return problem(at, `${field} ${e.message ?? "is out of range"} (got ${describeValue(e.data)})`, "change the value to fit the limit");
    default:
      return problem(at, `${field} ${e.message ?? "is invalid"}`, "see the schema reference in README.md");
  }
}
function article(type) {
  const types = Array.isArray(type) ? type : type.split(",");
  return types.map((t) => /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`).join(" or ");
}
function describeValue(value) {
  if (value === null || value === void 0) return "nothing (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? value.slice(0, 57) + "..." : value);
  return `${typeof value} ${String(value)}`;
}

// src/core/policy/coreSettings.ts
var import_ajv = __toESM(require_ajv(), 1);

// src/core/rules/setting.ts
var as = (raw, fallback) => raw === void 0 ? fallback : raw;
function upperBound(path, schema4, examples) {
  const label = path.join(".");
  return {
    path,
    schema: schema4,
    unset: null,
    read: (raw) => as(raw, null),
    combine: (values) => values.reduce((a, b) => b === null ? a : a === null ? b : Math.min(a, b), null),
    loosening: (before, after) => before !== null && (after === null || after > before) ? [`${label} rises from ${before} to ${after ?? "no limit"}`] : [],
    examples
  };
}
function minimumDuration(path, schema4, examples) {
  const label = path.join(".");
  return {
    path,
    schema: schema4,
    unset: null,
    read: (raw) => typeof raw === "string" ? parseDuration(raw) : null,
    combine: (values) => values.reduce((a, b) => b === null ? a : a === null ? b : Math.max(a, b), null),
    loosening: (before, after) => before !== null && (after === null || after < before) ? [`${label} is shortened from ${formatDuration(before)} to ${after === null ? "nothing" : formatDuration(after)}`] : [],
    examples
  };
}
function flag(path, schema4) {
  const label = path.join(".");
  return {
    path,
    schema: schema4,
    unset: false,
    read: (raw) => raw === true,
    combine: (values) => values.some((v) => v),
    loosening: (before, after) => before && !after ? [`${label} is switched off`] : [],
    examples: { strict: true, loose: false }
  };
}
var OWNER_CATEGORY_SCHEMA = { $ref: "#/definitions/ownerCategory" };
function ownerCategories(path, description) {
  const label = path.join(".");
  return {
    path,
    schema: { type: "array", items: OWNER_CATEGORY_SCHEMA, description },
    unset: [],
    read: (raw) => as(raw, []).filter((c) => OWNER_CATEGORIES.includes(c)),
    combine: (values) => unionOf(values),
    loosening: (before, after) => droppedFrom(label, before, after),
    examples: { strict: ["technical", "risk"], loose: ["technical"] }
  };
}
function stageBound(path, schema4, examples) {
  const label = path.join(".");
  return {
    path,
    schema: schema4,
    unset: null,
    read: (raw) => as(raw, null),
    combine: (values) => values.reduce((a, b) => b === null ? a : a === null ? b : canonicalBeyond(a, b) === true ? b : a, null),
    loosening: (before, after) => before !== null && before !== after && canonicalBeyond(before, after ?? "") !== true ? [`${label} changes from ${before} to ${after ?? "none"}`] : [],
    examples
  };
}
function canonicalBeyond(name, limit) {
  const a = CANONICAL_LADDER[name.toLowerCase()];
  const b = CANONICAL_LADDER[limit.toLowerCase()];
  if (a === void 0 || b === void 0) return null;
  return a > b;
}
var unionOf = (lists) => [...new Set(lists.flat())];
function droppedFrom(label, before, after) {
  const gone = before.filter((x) => !after.includes(x));
  return gone.length > 0 ? [`${label} no longer lists ${gone.join(", ")}`] : [];
}

// src/core/policy/coreSettings.ts
var strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
function checkList(key, description, examples) {
  return {
    path: [key],
    schema: { type: "array", items: { type: "string" }, description },
    unset: [],
    read: (raw) => strings(raw),
    combine: (values) => unionOf(values),
    loosening: (before, after) => droppedFrom(key, before, after),
    examples
  };
}
var REQUIRE = checkList("require", "Requirement checks that must hold.", { strict: ["slo_defined", "trace_coverage"], loose: ["slo_defined"] });
var BLOCK_IF = checkList("block_if", "Hazard checks that block when they fire.", {
  strict: ["owner_removed", "stop_condition_loosened"],
  loose: ["owner_removed"]
});
var emptyMap = () => /* @__PURE__ */ Object.create(null);
var STAGES = {
  path: ["stages"],
  schema: {
    type: "object",
    description: "Extra requirements for manifests whose live stage has this name.",
    additionalProperties: {
      type: "object",
      additionalProperties: false,
      properties: { require: { type: "array", items: { type: "string" } }, owners: { type: "array", items: OWNER_CATEGORY_SCHEMA } }
    }
  },
  unset: emptyMap(),
  read: (raw) => {
    const out = emptyMap();
    const stages = obj(raw);
    for (const name of Object.keys(stages)) {
      const s = obj(stages[name]);
      out[name] = {
        require: strings(s["require"]),
        owners: strings(s["owners"]).filter((c) => OWNER_CATEGORIES.includes(c))
      };
    }
    return out;
  },
  combine: (values) => {
    const out = emptyMap();
    for (const stages of values) {
      for (const [name, s] of Object.entries(stages)) {
        const prev = out[name];
        out[name] = prev ? { require: unionOf([prev.require, s.require]), owners: unionOf([prev.owners, s.owners]) } : s;
      }
    }
    return out;
  },
  loosening: (before, after) => Object.entries(before).flatMap(([stage2, req]) => [
    ...droppedFrom(`stages.${stage2}.require`, req.require, after[stage2]?.require ?? []),
    ...droppedFrom(`stages.${stage2}.owners`, req.owners, after[stage2]?.owners ?? [])
  ]),
  examples: { strict: { ga: { require: ["runbook_present"], owners: ["on_call"] } }, loose: { ga: { require: [], owners: [] } } }
};
var SEVERITY = {
  path: ["severity"],
  schema: { type: "object", additionalProperties: { enum: ["block", "warn"] }, description: "Severity per check id; default block." },
  unset: emptyMap(),
  read: (raw) => {
    const out = emptyMap();
    const levels = obj(raw);
    for (const id of Object.keys(levels)) out[id] = levels[id];
    return out;
  },
  // Strictest first: a check only warns when every applicable policy says so; one that leaves it out keeps the default, block.
  combine: (values) => {
    const out = emptyMap();
    const ids = new Set(values.flatMap((levels) => Object.keys(levels)));
    for (const id of ids) if (values.every((levels) => levels[id] === "warn")) out[id] = "warn";
    return out;
  },
  loosening: (before, after) => Object.entries(after).flatMap(([id, level]) => level === "warn" && before[id] !== "warn" ? [`${id} is downgraded to warn`] : []),
  // Unset, every check blocks: the strictest severity is saying nothing.
  examples: { strict: {}, loose: { trace_coverage: "warn" } }
};
var ajv;
var compiledFragments = /* @__PURE__ */ new Map();
var CUSTOM_CHECKS = {
  path: ["custom_checks"],
  schema: {
    type: "array",
    items: {
      type: "object",
      additionalProperties: false,
      required: ["id", "block", "message", "schema"],
      properties: {
        id: { type: "string", pattern: "^[a-z][a-z0-9_]*$" },
        block: { enum: [...READINESS_BLOCKS] },
        message: { type: "string", minLength: 1 },
        remediation: { type: "string" },
        owner: OWNER_CATEGORY_SCHEMA,
        when: { type: "object", description: "JSON Schema fragment: the check applies only to manifests that match it." },
        schema: { type: "object", description: "JSON Schema fragment over the manifest (the whole document, with `rollout_plan`) that must match." }
      }
    }
  },
  unset: [],
  read: (raw, ctx) => readCustomChecks(raw, ctx),
  combine: (values) => values.flat(),
  loosening: (before, after) => before.flatMap((b) => {
    const a = after.find((x) => x.id === b.id);
    if (!a) return [`custom_checks no longer lists ${b.id}`];
    return a.source !== b.source ? [`custom check ${b.id} changes (a changed check cannot be shown to be stricter)`] : [];
  }),
  examples: {
    strict: [{ id: "named_workflow", block: "runtime_correctness", message: "name the workflow", schema: { required: ["rollout_plan"] } }],
    loose: []
  }
};
function readCustomChecks(raw, ctx) {
  const out = [];
  (Array.isArray(raw) ? raw : []).forEach((item, i) => {
    const c = obj(item);
    const id = String(c["id"]);
    if (ctx.takenIds.has(id) || out.some((x) => x.id === id)) {
      ctx.report(problem(ctx.at(i, "id"), `custom check id "${id}" is already taken`, "choose another id"));
      return;
    }
    const compile = (key) => {
      if (c[key] === void 0) return null;
      const regexes = regexKeywordsIn(c[key]);
      for (const path of regexes) {
        const keyword = String(path[path.length - 1]);
        ctx.report(
          problem(
            ctx.keyAt(i, key, ...path),
            `custom check "${id}": ${key} uses \`${keyword}\`; regular expressions are not allowed in custom checks (a backtracking pattern could stall the gate)`,
            "match with enum, const, minLength/maxLength or required instead"
          )
        );
      }
      if (regexes.length > 0) return null;
      try {
        ajv ??= new import_ajv.Ajv({ strict: true, strictRequired: false, strictTypes: false, allErrors: false });
        const text = JSON.stringify(c[key]);
        const known = compiledFragments.get(text);
        if (known) return known;
        const validate = ajv.compile(c[key]);
        compiledFragments.set(text, validate);
        return validate;
      } catch (error) {
        ctx.report(
          problem(
            ctx.at(i, key),
            `custom check "${id}": ${key} is not a valid JSON Schema: ${error.message}`,
            "fix the schema fragment (strict JSON Schema draft-07)"
          )
        );
        return null;
      }
    };
    const schema4 = compile("schema");
    const when2 = compile("when");
    if (!schema4) return;
    const at = ctx.at(i);
    out.push({
      id,
      readinessBlock: c["block"],
      message: String(c["message"]),
      remediation: typeof c["remediation"] === "string" ? c["remediation"] : "Change the manifest so that it satisfies the policy's custom check.",
      owner: c["owner"] ?? null,
      when: when2,
      schema: schema4,
      source: JSON.stringify(item),
      file: at.file,
      line: at.line
    });
  });
  return out;
}
var REGEX_KEYWORDS = /* @__PURE__ */ new Set(["pattern", "patternProperties", "format"]);
var SCHEMA_VALUED = /* @__PURE__ */ new Set([
  "items",
  "additionalItems",
  "contains",
  "additionalProperties",
  "propertyNames",
  "not",
  "if",
  "then",
  "else",
  "allOf",
  "anyOf",
  "oneOf"
]);
var SCHEMA_MAPS = /* @__PURE__ */ new Set(["properties", "definitions", "$defs", "dependencies"]);
function regexKeywordsIn(fragment) {
  const found = [];
  const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
  const stack = [{ node: fragment, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop();
    if (!isObject(node)) continue;
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (REGEX_KEYWORDS.has(key)) found.push([...path, key]);
      else if (SCHEMA_VALUED.has(key)) {
        if (Array.isArray(value)) value.forEach((v, i) => stack.push({ node: v, path: [...path, key, i] }));
        else stack.push({ node: value, path: [...path, key] });
      } else if (SCHEMA_MAPS.has(key) && isObject(value)) {
        for (const name of Object.keys(value)) stack.push({ node: value[name], path: [...path, key, name] });
      }
    }
  }
  return found.sort((a, b) => a.join("/") < b.join("/") ? -1 : 1);
}
var CORE_SETTINGS = [REQUIRE, BLOCK_IF, STAGES, SEVERITY, CUSTOM_CHECKS];

// src/core/rules/rule.ts
function defineRule(rule) {
  return rule;
}

// src/core/rules/support.ts
function describeEvidenceProblem(path, status) {
  switch (status.kind) {
    case "ok":
      return null;
    case "missing":
      return `"${path}" does not exist at the evaluated commit`;
    case "empty":
      return `"${path}" is empty`;
    case "symlink":
      return `"${path}" is a symbolic link; evidence must be a regular file in the repository`;
    case "not_a_file":
      return `"${path}" is not a regular file`;
    case "outside_repo":
      return `"${path}" ${status.reason}`;
  }
}
function requireArtifact(ctx, ref, what, field, missingAt) {
  if (!ref) return [{ at: missingAt, message: `no ${what}: \`${field}\` is not set` }];
  const trouble = describeEvidenceProblem(ref.path, ctx.evidence.status(ref.path));
  return trouble ? [{ at: ref.at, message: `${what} ${trouble}`, causes: [evidenceCause(ref.path)] }] : [];
}
var evidenceCause = (path) => `evidence:${path}`;
var orchestrationCause = (path) => `orchestration:${path}`;
var ownerCause = (category) => `owner:${category}`;
function requireOwner(owner2, label, missingAt, category) {
  const causes = category ? [ownerCause(category)] : owner2 ? [`owner-line:${owner2.at.line}`] : [];
  if (!owner2) return [{ at: missingAt, message: `no ${label} is named`, causes }];
  if (owner2.placeholder) return [{ at: owner2.at, message: `${label} is a placeholder ("${owner2.name}"), not a named owner`, causes }];
  return [];
}
var writeCapabilities = (m) => m.capabilities.filter((c) => c.access === "write");
var needsApprovalPath = (m) => m.approval !== null || m.capabilities.some((c) => c.requiresApproval);

// src/core/rules/approvalBacklogUnbounded.ts
var approvalBacklogUnbounded = defineRule({
  id: "approval_backlog_unbounded",
  kind: "hazard",
  readinessBlock: "operational_readiness",
  title: "Approval backlog unbounded",
  description: "Runs can pause for approval but the approval queue has no visible backlog threshold.",
  remediation: "Set `approval.backlog_threshold`.",
  owner: "product",
  settings: [],
  needs: [],
  evaluate: (c) => {
    const m = c.manifest;
    if (!needsApprovalPath(m) || m.approval?.backlogThreshold != null) return [];
    return [{ at: m.approval?.at ?? m.at, message: "the approval queue has no backlog threshold" }];
  }
});

// src/core/rules/approvalFallbackDefined.ts
var approvalFallbackDefined = defineRule({
  id: "approval_fallback_defined",
  kind: "requirement",
  readinessBlock: "operational_readiness",
  title: "Approval timeout behaviour",
  description: "The approval path says what happens when nobody answers in time and what the fallback is when human review is unavailable.",
  remediation: "Set `approval.on_timeout` and `approval.fallback`.",
  owner: "product",
  settings: [],
  needs: [],
  evaluate: (c) => {
    const a = c.manifest.approval;
    if (!a) return [];
    const missing = [a.onTimeout ? null : "on_timeout", a.fallback ? null : "fallback"].filter((x) => x !== null);
    return missing.length > 0 ? [{ at: a.at, message: `approval path is missing ${missing.join(" and ")}` }] : [];
  }
});

// src/core/rules/approvalQueueOwner.ts
var approvalQueueOwner = defineRule({
  id: "approval_queue_owner",
  kind: "requirement",
  readinessBlock: "operational_readiness",
  title: "Approval queue owner",
  description: "When runs pause for human approval, someone owns the approval queue.",
  remediation: "Set `approval.queue_owner` to a named owner.",
  owner: "product",
  settings: [],
  needs: [],
  evaluate: (c) => {
    const m = c.manifest;
    if (!needsApprovalPath(m)) return [];
    if (!m.approval)
      return [{ at: m.capabilities.find((x) => x.requiresApproval)?.at ?? m.at, message: "capabilities require approval but no `approval` path is defined" }];
    return requireOwner(m.approval.queueOwner, "approval queue owner (`approval.queue_owner`)", m.approval.at);
  }
});

// src/core/rules/builtin.ts
var BUILTIN_CHECKS = {
  manifest_invalid: { readinessBlock: "input", title: "Manifest is invalid", remediation: "Fix the manifest at the reported line." },
  policy_invalid: { readinessBlock: "input", title: "Policy is invalid", remediation: "Fix the policy file at the reported line (on the base branch)." },
  evidence_invalid: {
    readinessBlock: "input",
    title: "Evidence path is invalid",
    remediation: "Point the field at a non-empty regular file inside the repository."
  },
  manifests_not_found: {
    readinessBlock: "input",
    title: "No manifest matches the globs",
    remediation: "Point the manifest globs at the rollout manifests, or commit the first manifest."
  },
  merge_base_missing: {
    readinessBlock: "input",
    title: "No common history with the base",
    remediation: "Compare against a base that shares history with the change (the branch it was made from), so only its own changes are judged."
  },
  merge_not_evaluated: {
    readinessBlock: "input",
    title: "Merge result not evaluated",
    remediation: "Run the gate with git 2.38 or later (it computes the merge with `git merge-tree --write-tree`), or evaluate head on purpose (`evaluate: head` in the action, no `--evaluate merge` in the CLI)."
  },
  exposure_source_invalid: {
    readinessBlock: "input",
    title: "Exposure source cannot be read",
    remediation: "Fix the bound source file at the reported line, or the binding under `exposure_sources` that names it."
  },
  waiver_expired: { readinessBlock: "input", title: "Waiver expired", remediation: "Remove the waiver or renew it with a new expiry date and approver." },
  workflow_duplicated: {
    readinessBlock: "input",
    title: "Two manifests for one workflow",
    remediation: "Keep one manifest per workflow: merge this one into the other, or give it a workflow name of its own."
  },
  live_manifest_removed: {
    readinessBlock: "ownership_and_rollback",
    title: "Live rollout removed from the gate",
    remediation: "Take the rollout down first (remove `current_stage`: a rollback, which passes), then delete or move the manifest in a later change."
  },
  policy_changed: {
    readinessBlock: "safety_and_policy",
    title: "Policy changed",
    remediation: "Review the policy change on its own; it takes effect after it merges (this change is still gated by the base policy)."
  },
  gate_config_changed: {
    readinessBlock: "safety_and_policy",
    title: "Gate workflow changed",
    remediation: "Merge the change to the gate's workflow on its own, reviewed by the gate's owners; it fails this check by design, so they merge it past the check, and it takes effect only once merged. This run used the inputs and triggers as the pull request gives them, so its verdict on everything else does not count."
  }
};

// src/core/rules/capabilityOwners.ts
var capabilityOwners = defineRule({
  id: "capability_owners",
  kind: "requirement",
  readinessBlock: "capability_execution",
  title: "Capability owners",
  description: "Every capability going to production has a named owner.",
  remediation: "Set `owner` on each capability to a named person or team (not TBD).",
  owner: "technical",
  settings: [],
  needs: [],
  evaluate: (c) => c.manifest.capabilities.flatMap((cap) => requireOwner(cap.owner, `owner for capability "${cap.name}"`, cap.at))
});

// src/core/rules/capabilitySessionReinit.ts
var capabilitySessionReinitUnmodeled = defineRule({
  id: "capability_session_reinit_unmodeled",
  kind: "hazard",
  readinessBlock: "capability_execution",
  title: "Session re-initialization unmodeled",
  description: "A stateful capability session does not say what happens when it cannot resume safely.",
  remediation: "Set `session.reinit` on every stateful capability.",
  owner: "technical",
  settings: [],
  needs: [],
  evaluate: (c) => c.manifest.capabilities.filter((cap) => cap.session?.stateful && !cap.session.reinit).map((cap) => ({ at: cap.at, message: `stateful capability "${cap.name}" does not model re-initialization` }))
});

// src/core/rules/capabilityTemplateComplete.ts
var capabilityTemplateComplete = defineRule({
  id: "capability_template_complete",
  kind: "requirement",
  readinessBlock: "capability_execution",
  title: "Capability readiness template",
  description: "Every capability states its transport, timeout, retry policy and outcome telemetry.",
  remediation: "Fill in `transport`, `timeout`, `retry.max_attempts` and `telemetry` for each capability.",
  owner: "technical",
  settings: [],
  needs: [],
  evaluate: (c) => c.manifest.capabilities.flatMap((cap) => {
    const missing = [
      cap.transport ? null : "transport",
      cap.timeoutMs !== null ? null : "timeout",
      cap.retryMaxAttempts !== null ? null : "retry",
      cap.telemetry ? null : "telemetry"
    ].filter((x) => x !== null);
    return missing.length > 0 ? [{ at: cap.at, message: `capability "${cap.name}" is missing ${missing.join(", ")}` }] : [];
  })
});

// src/core/report/sourcePhrases.ts
var KIND_WORDS = {
  flagd: "flagd flag",
  argo_rollout: "Argo Rollout",
  argo_analysis_template: "Argo AnalysisTemplate",
  flagger_canary: "Flagger Canary",
  go_feature_flag: "GO Feature Flag flag"
};
function sourceName(s) {
  return `${KIND_WORDS[s.kind]} ${s.selector}`;
}
function servedText(b) {
  if (b === null) return "nothing";
  return b.low === b.high ? `${num2(b.high)}%` : `${num2(b.low)}%-${num2(b.high)}%`;
}
var num2 = (n) => String(n);
var GUARD_WORDS = {
  indefinite_pause: "indefinite pause",
  timed_pause: "timed pause",
  analysis: "analysis step",
  experiment: "experiment step",
  manual_promotion: "manual promotion",
  confirm_webhook: "confirmation webhook",
  metric: "analysis metric"
};
function describeSourceChange(c) {
  const name = sourceName(c.source);
  switch (c.kind) {
    case "source_exposure_increased":
      return `${name} serves ${servedText(c.from)} -> ${servedText(c.to)}, +${num2(c.delta)} ${Math.abs(c.delta) === 1 ? "point" : "points"}`;
    case "source_exposure_decreased":
      return `${name} serves ${servedText(c.from)} -> ${servedText(c.to)}, -${num2(-c.delta)} ${Math.abs(c.delta) === 1 ? "point" : "points"}`;
    case "source_exposure_changed":
      return `${name} serves ${servedText(c.from)} -> ${servedText(c.to)}, by segments the file cannot measure`;
    case "source_guard_removed":
      return `${name}: ${GUARD_WORDS[c.guard]} removed (${c.name})`;
    case "source_ramp_loosened":
      return `${name}: ${c.field} loosened, ${c.from === null ? "not set" : num2(c.from)} -> ${c.to === null ? "not set" : num2(c.to)}`;
    case "source_template_changed":
      return `${name}: its template changed, so a new version enters the ladder`;
    case "source_removed":
      return `${name}: ${c.source.path} no longer exists`;
    case "source_unbound":
      return `${name} is no longer bound as an exposure source`;
    case "source_bound":
      return `${name} bound as an exposure source`;
  }
}

// src/core/report/phrases.ts
function describeChange(c) {
  switch (c.kind) {
    case "manifest_added":
      return `new rollout manifest (${c.workflow})`;
    case "manifest_removed":
      return `rollout manifest removed (${c.workflow})`;
    case "manifest_renamed":
      return `manifest renamed from ${c.previousPath} to ${c.path}`;
    case "stage_promoted":
      return `live stage promoted: ${stageMove(c)}`;
    case "stage_demoted":
      return `live stage demoted: ${stageMove(c)}`;
    case "stage_went_live":
      return `goes live at ${stage(c.to)}`;
    case "stage_taken_down":
      return `taken down from ${stage(c.from)}: no stage is live`;
    case "stage_added":
      return `stage added to the plan: ${stage(c.to)}`;
    case "stage_removed":
      return `stage removed from the plan: ${stage(c.from)}`;
    case "exposure_increased":
      if (c.to === null) return `${c.stage} ${LIMIT_WORDS[c.field]} limit removed: ${amount(c, c.from)} -> unbounded`;
      if (c.from === null) return `${c.subject} set to ${amount(c, c.to)} (not set before), ${difference(c, c.from, c.to, c.delta)}`;
      return `${c.subject} ${amount(c, c.from)} -> ${amount(c, c.to)}, ${difference(c, c.from, c.to, c.delta)}`;
    case "exposure_decreased":
      return `${c.subject} ${amount(c, c.from)} -> ${amount(c, c.to)}, ${difference(c, c.from, c.to, c.delta)}`;
    case "exposure_changed":
      return `${c.subject} ${segment(c.from)} -> ${segment(c.to)}`;
    case "pattern_changed":
      return `pattern changed: ${c.subject} ${c.from} -> ${c.to}`;
    case "pattern_added":
      return `pattern added: ${c.subject} ${c.to}`;
    case "pattern_removed":
      return `pattern removed: ${c.subject} (was ${c.from})`;
    case "capability_added":
    case "write_capability_added":
      return `new ${c.accessAfter} capability ${c.capability}`;
    case "capability_changed":
      return `read capability ${c.capability}: ${edits(c)}`;
    case "write_capability_changed":
      return `write capability ${c.capability}: ${edits(c)}`;
    case "capability_removed":
      return `${c.accessBefore} capability ${c.capability} removed`;
    case "owner_removed":
      return c.to === null ? `${c.subject} removed (was ${c.from.name})` : `${c.subject} replaced by the placeholder "${c.to.name}" (was ${c.from.name})`;
    case "owner_changed": {
      const handles = c.from.github !== c.to.github;
      return `${c.subject} changed: ${owner(c.from, handles)} -> ${owner(c.to, handles)}`;
    }
    case "stop_condition_removed":
    case "rollback_trigger_removed":
      return `${LIST_WORDS[c.list]} removed: ${conditionText(c.from)}`;
    case "stop_condition_loosened":
    case "rollback_trigger_loosened":
      return `${LIST_WORDS[c.list]} loosened: ${conditionText(c.from)} -> ${conditionText(c.to)}`;
    case "stop_condition_tightened":
      return `${LIST_WORDS[c.list]} tightened: ${conditionText(c.from)} -> ${conditionText(c.to)}`;
    case "stop_condition_added":
      return `${LIST_WORDS[c.list]} added: ${conditionText(c.to)}`;
    case "rollback_plan_removed":
      return `rollback plan removed (was ${c.from})`;
    case "approval_bound_removed":
      return `${c.subject} removed: ${boundText(c.unit, c.from)} -> unbounded`;
    case "approval_bound_loosened":
      return `${c.subject} raised: ${boundText(c.unit, c.from)} -> ${boundText(c.unit, c.to)}`;
    case "authorization_mode_changed":
      return `authorization mode changed: ${c.from ?? "not set"} -> ${c.to ?? "not set"}`;
    case "waiver_added":
      return c.from === null ? `waiver for ${c.check} added: approved by ${c.to.approver}, until ${c.to.expires}` : `waiver for ${c.check} changed: approved by ${c.from.approver} until ${c.from.expires} -> approved by ${c.to.approver} until ${c.to.expires}`;
    case "source_exposure_increased":
    case "source_exposure_decreased":
    case "source_exposure_changed":
    case "source_guard_removed":
    case "source_ramp_loosened":
    case "source_template_changed":
    case "source_removed":
    case "source_unbound":
    case "source_bound":
      return describeSourceChange(c);
    case "policy_changed":
      if (c.status === "renamed") return `policy renamed from ${c.previousPath} to ${c.path}`;
      if (c.status === "copied") return `policy ${c.path} copied from ${c.previousPath}`;
      return `policy ${c.path} ${c.status}`;
  }
}
function exposureSides(c) {
  if (c.kind === "stage_promoted") return `${stage(c.from)} -> ${stage(c.to)}`;
  return `${amount(c, c.from)} -> ${c.to === null ? "unbounded" : amount(c, c.to)}`;
}
var LIMIT_WORDS = { traffic_percent: "traffic", tenant_percent: "tenant", accounts: "accounts" };
var conditionText = (c) => `${formatCondition(c)}${c.action !== null ? ` (${c.action})` : ""}`;
var boundText = (unit, value) => unit === "ms" ? formatDuration(value) : `${formatNumber(value)} paused ${value === 1 ? "run" : "runs"}`;
var LIST_WORDS = { stop_conditions: "stop condition", rollback_triggers: "rollback trigger" };
function amount(measure, value) {
  if (value === null) return "not set";
  return measure.unit === "percent" ? `${formatNumber(value)}%` : formatNumber(value);
}
function difference(measure, from, to, delta) {
  if (measure.unit === "percent") return `${signed(delta)} ${Math.abs(delta) === 1 ? "point" : "points"}`;
  const factor2 = from !== null && from > 0 ? Number((to / from).toPrecision(3)) : null;
  if (factor2 !== null && factor2 !== 1) return `x${formatNumber(factor2)}`;
  return `${signed(delta)} ${Math.abs(delta) === 1 ? "account" : "accounts"}`;
}
function stage(side) {
  const e = side.exposure;
  if (e === null) return side.stage;
  switch (e.unit) {
    case "percent":
      return `${side.stage} ${formatNumber(e.value)}%`;
    case "accounts":
      return `${side.stage} ${formatNumber(e.value)} ${e.value === 1 ? "account" : "accounts"}`;
    case "segment":
      return `${side.stage} (${e.value})`;
  }
}
function stageMove(c) {
  const points = c.delta === null ? "" : `, ${signed(c.delta)} ${Math.abs(c.delta) === 1 ? "point" : "points"}`;
  return `${stage(c.from)} -> ${stage(c.to)}${points}`;
}
var segment = (users) => users === null ? "not set" : `"${users}"`;
function edits(c) {
  if (c.edits.length === 0) return "changed";
  return c.edits.map((e) => e.field === "access" ? `access ${c.accessBefore} -> ${c.accessAfter}` : `${e.field} ${EDIT_WORDS[e.edit]}`).join(", ");
}
var EDIT_WORDS = {
  added: "added",
  removed: "removed",
  changed: "changed",
  turned_on: "turned on",
  turned_off: "turned off"
};
var owner = (o, withHandle) => withHandle ? `${o.name} (${o.github ?? "no GitHub handle"})` : o.name;
function signed(n) {
  if (n > 0) return `+${formatNumber(n)}`;
  if (n < 0) return `-${formatNumber(-n)}`;
  return "0";
}
function formatNumber(n) {
  if (n < 0) return `-${formatNumber(-n)}`;
  const text = /e/i.test(String(n)) ? n.toFixed(20).replace(/\.?0+$/, "") : String(n);
  const [whole, fraction] = text.split(".");
  const grouped = (whole ?? text).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === void 0 ? grouped : `${grouped}.${fraction}`;
}

// src/core/rules/changeHazard.ts
function changeHazard(spec) {
  return defineRule({
    id: spec.id,
    kind: "hazard",
    readinessBlock: spec.readinessBlock,
    title: spec.title,
    description: spec.description,
    remediation: spec.remediation,
    owner: spec.owner,
    settings: [],
    needs: ["changes"],
    evaluate: (c) => c.changes.filter((x) => spec.kinds.includes(x.kind)).map((x) => ({ at: { file: x.file, line: x.line, column: 1 }, message: spec.describe(x), causes: spec.causes?.(x) ?? [] }))
  });
}

// src/core/rules/changeHazards.ts
var ownerRemoved = changeHazard({
  id: "owner_removed",
  readinessBlock: "ownership_and_rollback",
  title: "Owner removed",
  description: "The change removes a named owner (or replaces one with a placeholder).",
  remediation: "Keep the owner named, or name the new owner in the same change.",
  owner: "product",
  kinds: ["owner_removed"],
  describe: describeChange,
  causes: (x) => x.kind === "owner_removed" ? [ownerCause(x.category)] : []
});
var stopConditionLoosened = changeHazard({
  id: "stop_condition_loosened",
  readinessBlock: "ownership_and_rollback",
  title: "Stop condition removed or loosened",
  description: "The change removes a stop condition or rollback trigger, moves its threshold in the permissive direction, or weakens what it does when it fires (rollback > pause > narrow_exposure > reduce_autonomy > page).",
  remediation: "Keep the pre-agreed threshold, or get the owners to agree the new one in a separate, reviewed change.",
  owner: "risk",
  kinds: ["stop_condition_removed", "stop_condition_loosened", "rollback_trigger_removed", "rollback_trigger_loosened"],
  describe: describeChange
});
var rollbackPlanRemoved = changeHazard({
  id: "rollback_plan_removed",
  readinessBlock: "ownership_and_rollback",
  title: "Rollback plan removed",
  description: "The change removes the rollback plan.",
  remediation: "Restore `rollback.plan`.",
  owner: "rollback",
  kinds: ["rollback_plan_removed"],
  describe: describeChange
});
var approvalBoundRemoved = changeHazard({
  id: "approval_bound_removed",
  readinessBlock: "operational_readiness",
  title: "Approval bound removed or raised",
  description: "The change removes or raises the approval timeout or backlog threshold, so paused runs can wait longer, or more of them.",
  remediation: "Keep the approval timeout and backlog threshold, or agree the new bound with the owners in a separate, reviewed change.",
  owner: "product",
  kinds: ["approval_bound_removed", "approval_bound_loosened"],
  describe: describeChange
});
var authorizationModeChanged = changeHazard({
  id: "authorization_mode_changed",
  readinessBlock: "safety_and_policy",
  title: "Authorization mode changed",
  description: "The change switches between service and delegated authorization.",
  remediation: "Review who authorizes write paths under the new mode and record it before exposure grows.",
  owner: "risk",
  kinds: ["authorization_mode_changed"],
  describe: describeChange
});

// src/core/rules/delegatedAuthorizationTraced.ts
var TRACED = ["authorization_mode", "delegated_principal", "delegated_scope"];
var delegatedAuthorizationTraced = defineRule({
  id: "delegated_authorization_traced",
  kind: "requirement",
  readinessBlock: "safety_and_policy",
  title: "Delegated authorization is traced",
  description: "With delegated authorization, traces keep authorization_mode, delegated principal and scope, and revocation during a pause is handled.",
  remediation: "List all three `authorization.traced_fields` and set `authorization.on_revoke`.",
  owner: "risk",
  settings: [],
  needs: [],
  evaluate: (c) => {
    const a = c.manifest.authorization;
    if (!a || a.mode !== "delegated") return [];
    const missing = TRACED.filter((f) => !a.tracedFields.includes(f));
    const out = [];
    if (missing.length > 0) out.push({ at: a.at, message: `delegated authorization does not trace ${missing.join(", ")}` });
    if (!a.onRevoke) out.push({ at: a.at, message: "delegated authorization does not say what happens when access is revoked during a pause (`on_revoke`)" });
    return out;
  }
});

// src/core/rules/directToolAccess.ts
var directToolAccessPresent = defineRule({
  id: "direct_tool_access_present",
  kind: "hazard",
  readinessBlock: "safety_and_policy",
  title: "Direct tool access",
  description: "A capability can be called directly, bypassing the policy gateway and audit trail.",
  remediation: "Route the capability through the gateway and remove `via_gateway: false`.",
  owner: "risk",
  settings: [],
  needs: [],
  evaluate: (c) => c.manifest.capabilities.filter((cap) => !cap.viaGateway).map((cap) => ({ at: cap.at, message: `capability "${cap.name}" bypasses the policy gateway (via_gateway: false)` }))
});

// src/core/model/exposure.ts
var SHARE_FIELDS = ["traffic_percent", "tenant_percent"];
function exposureOf(stage2) {
  const share = largestShare(stage2);
  if (share) return { kind: "measured", share, accounts: stage2.accounts };
  if (stage2.accounts !== null) return { kind: "measured", share: null, accounts: stage2.accounts };
  return { kind: "unknown", segment: stage2.users };
}
function largestShare(stage2) {
  const tenants = stage2.tenantPercent;
  const traffic = stage2.trafficPercent;
  if (tenants !== null && (traffic === null || tenants >= traffic)) return { field: "tenant_percent", value: tenants };
  if (traffic !== null) return { field: "traffic_percent", value: traffic };
  return null;
}
function shareOf(stage2) {
  return largestShare(stage2)?.value ?? null;
}
function accountsWithin(accounts, percent, ladder) {
  if (accounts === 0) return true;
  if (!ladder || percent <= 0) return false;
  let mostBelow = -1;
  for (const stage2 of ladder) {
    const e = exposureOf(stage2);
    if (e.kind !== "measured") continue;
    if (e.share && e.accounts === null && e.share.value > 0 && e.share.value <= percent && mostBelow >= accounts) return true;
    if (e.accounts !== null) mostBelow = Math.max(mostBelow, e.accounts);
  }
  return false;
}
function atMost(x, y, ladder) {
  if (x.kind === "unknown" || y.kind === "unknown") return false;
  const shareWithin = x.share === null || x.share.value === 0 || y.share !== null && x.share.value <= y.share.value;
  const accountsFit = x.accounts === null || y.accounts !== null && x.accounts <= y.accounts || accountsWithin(x.accounts, y.share?.value ?? 0, ladder);
  return shareWithin && accountsFit;
}
function compareExposure(a, b, ladder) {
  const down = atMost(b, a, ladder);
  const up = atMost(a, b, ladder);
  if (down && up) return "same";
  if (down) return "narrower";
  if (up) return "wider";
  return "unknown";
}
function isBroadestRung(live, ladder) {
  if (shareOf(live) === 100) return true;
  if (!ladder || ladder.length === 0) return false;
  if (ladder[ladder.length - 1].name === live.name) return true;
  const e = exposureOf(live);
  const measured2 = ladder.map(exposureOf).filter((m) => m.kind === "measured");
  return measured2.length > 0 && measured2.every((m) => atMost(m, e, ladder));
}
function risesBetween(from, to, ladder, names) {
  if (to.kind === "unknown") return [{ kind: "unmeasured", stage: names.to, declare: SHARE_FIELDS }];
  const rises = [];
  const fromShare = from.kind === "measured" ? from.share : null;
  if (to.share) {
    const points = roundPoints(to.share.value - (fromShare?.value ?? 0));
    if (points > 0) rises.push({ kind: "points", points, from: fromShare, to: to.share });
  }
  if (to.accounts !== null && to.accounts > 0) {
    const fromAccounts = from.kind === "measured" ? from.accounts : null;
    if (fromAccounts !== null) {
      if (to.accounts > fromAccounts)
        rises.push({ kind: "ratio", ratio: fromAccounts === 0 ? Infinity : to.accounts / fromAccounts, from: fromAccounts, to: to.accounts });
    } else if (!(fromShare && accountsWithin(to.accounts, fromShare.value, ladder))) {
      rises.push({ kind: "unmeasured", stage: names.from, declare: ["accounts"] });
    }
  }
  return rises;
}
function roundPoints(n) {
  const size = Math.round(Math.abs(n) * 1e6) / 1e6;
  return n < 0 && size !== 0 ? -size : size;
}

// src/core/diff/manifestDiff.ts
var INCREASE_KINDS = /* @__PURE__ */ new Set([
  "exposure_increased",
  "exposure_changed",
  "stage_promoted",
  "stage_added",
  "source_exposure_increased",
  "source_exposure_changed"
]);
function exposureIncreaseIn(changes) {
  return changes.find((c) => INCREASE_KINDS.has(c.kind));
}

// src/core/rules/dwellTime.ts
var MIN_DWELL = minimumDuration(
  ["pacing", "min_dwell"],
  { type: "string", pattern: "^[0-9]{1,9}(ms|s|m|h|d)$", description: "How long a stage and exposure must hold before exposure may increase." },
  { strict: "3d", loose: "1d" }
);
var dwellTimeMet = defineRule({
  id: "dwell_time_met",
  kind: "mode",
  readinessBlock: "ownership_and_rollback",
  title: "Dwell time",
  description: "Exposure increases (a raised share or account count, a removed limit, a changed segment, a promotion) only after the current stage and exposure have held for `pacing.min_dwell` on the base branch.",
  remediation: "Wait until the minimum dwell time has passed, then raise exposure.",
  owner: "product",
  settings: [MIN_DWELL],
  needs: ["base", "changes", "history"],
  active: (policy2) => policy2.get(MIN_DWELL) !== null,
  evaluate: (c) => {
    const min = c.policy.get(MIN_DWELL);
    if (min === null || !c.base?.currentStage) return [];
    const increase = exposureIncreaseIn(c.changes);
    if (!increase) return [];
    const where = { file: increase.file, line: increase.line, column: 1 };
    const dwell = c.dwell ?? { kind: "unknown", because: "no_history" };
    if (dwell.kind === "unknown") {
      const why = dwell.because === "shallow" ? "the clone is shallow; set `fetch-depth: 0` on actions/checkout" : "no history on the base branch";
      return [{ at: where, message: `cannot tell since when the current exposure has held (${why})` }];
    }
    const held = c.now.getTime() - dwell.since.getTime();
    return held < min ? [{ at: where, message: `exposure rises after ${describeSpan(Math.max(0, held))} at the current stage; the policy asks for ${describeSpan(min)}` }] : [];
  }
});

// src/core/rules/evidenceRequirement.ts
function evidenceRequirement(spec) {
  return defineRule({
    id: spec.id,
    kind: spec.kind,
    readinessBlock: spec.readinessBlock,
    title: spec.title,
    description: spec.description,
    remediation: spec.remediation,
    owner: spec.owner,
    settings: [],
    needs: ["evidence"],
    evaluate: (c) => requireArtifact(c, c.manifest.evidence[spec.field], spec.what, `evidence.${spec.field}`, c.manifest.at)
  });
}

// src/core/rules/evidenceRules.ts
var traceCoverage = evidenceRequirement({
  id: "trace_coverage",
  kind: "requirement",
  readinessBlock: "observability",
  title: "Trace coverage",
  description: "Every run has a trace_id and key spans; the evidence is a trace-coverage report committed in the repository.",
  remediation: "Commit a trace-coverage report and point `evidence.trace_coverage` at it.",
  owner: "technical",
  field: "trace_coverage",
  what: "trace-coverage evidence"
});
var policyPrechecks = evidenceRequirement({
  id: "policy_prechecks",
  kind: "requirement",
  readinessBlock: "safety_and_policy",
  title: "Policy pre-checks and egress guardrails",
  description: "Pre-checks and egress guardrails exist on every path that matters; the evidence shows them tested.",
  remediation: "Commit the policy pre-check test results and point `evidence.policy_prechecks` at them.",
  owner: "risk",
  field: "policy_prechecks",
  what: "policy pre-check evidence"
});
var offlineEvalPass = evidenceRequirement({
  id: "offline_eval_pass",
  kind: "requirement",
  readinessBlock: "eval_and_slo",
  title: "Offline evals pass",
  description: "Offline evaluations pass for this release; the evidence is the eval report.",
  remediation: "Commit the passing offline eval report and point `evidence.offline_eval` at it.",
  owner: "eval",
  field: "offline_eval",
  what: "offline eval evidence"
});
var sloDefined = evidenceRequirement({
  id: "slo_defined",
  kind: "requirement",
  readinessBlock: "eval_and_slo",
  title: "SLOs defined",
  description: "Service-level objectives for the workflow are written down.",
  remediation: "Commit the SLO definition and point `evidence.slo` at it.",
  owner: "technical",
  field: "slo",
  what: "SLO definition"
});
var runbookPresent = evidenceRequirement({
  id: "runbook_present",
  kind: "requirement",
  readinessBlock: "operational_readiness",
  title: "Runbook",
  description: "A runbook for common failures exists.",
  remediation: "Commit the runbook and point `evidence.runbook` at it.",
  owner: "on_call",
  field: "runbook",
  what: "runbook"
});
var alertingConfigured = evidenceRequirement({
  id: "alerting_configured",
  kind: "requirement",
  readinessBlock: "operational_readiness",
  title: "Alerting",
  description: "Alerting is in place for SLO burn and safety incidents.",
  remediation: "Commit the alert definitions and point `evidence.alerting` at them.",
  owner: "on_call",
  field: "alerting",
  what: "alerting evidence"
});
var regressionGateDocumented = evidenceRequirement({
  id: "regression_gate_documented",
  kind: "requirement",
  readinessBlock: "eval_and_slo",
  title: "Regression gate",
  description: "The regression gate that stops a bad release is documented.",
  remediation: "Commit the regression gate description and point `evidence.regression_gate` at it.",
  owner: "eval",
  field: "regression_gate",
  what: "regression gate documentation"
});
var policyDecisionsNotTraced = evidenceRequirement({
  id: "policy_decisions_not_traced",
  kind: "hazard",
  readinessBlock: "observability",
  title: "Policy decisions not traced",
  description: "There is no evidence that policy decisions are visible in traces.",
  remediation: "Commit evidence that policy decisions appear in traces and point `evidence.policy_decision_traces` at it.",
  owner: "technical",
  field: "policy_decision_traces",
  what: "policy-decision tracing evidence"
});
var multiTenantBoundariesTested = evidenceRequirement({
  id: "multi_tenant_boundaries_tested",
  kind: "requirement",
  readinessBlock: "safety_and_policy",
  title: "Multi-tenant boundaries tested",
  description: "Multi-tenant boundaries were tested with realistic scenarios; the evidence is the test report.",
  remediation: "Commit the multi-tenant boundary test report and point `evidence.multi_tenant_tests` at it.",
  owner: "risk",
  field: "multi_tenant_tests",
  what: "multi-tenant boundary test evidence"
});

// src/core/rules/duplicateWriteOnRetry.ts
var duplicateWriteOnRetry = defineRule({
  id: "duplicate_write_on_retry",
  kind: "hazard",
  readinessBlock: "capability_execution",
  title: "Write retried without idempotency",
  description: "A write capability is retried (`retry.max_attempts` above 1) without an idempotency strategy, so a retry after a lost answer repeats the side effect.",
  remediation: "Give the write capability an `idempotency` strategy, or set `retry.max_attempts: 1`.",
  owner: "technical",
  settings: [],
  needs: [],
  evaluate: (c) => writeCapabilities(c.manifest).filter((cap) => (cap.retryMaxAttempts ?? 1) > 1 && !cap.idempotency).map((cap) => ({
    at: cap.at,
    message: `write capability "${cap.name}" retries up to ${cap.retryMaxAttempts ?? 1} times without an idempotency strategy`
  }))
});

// src/core/rules/exposureStep.ts
var MAX_STEP_PCT = upperBound(
  ["pacing", "max_step_pct"],
  { type: "number", exclusiveMinimum: 0, maximum: 100, description: "Largest allowed increase of a percentage exposure in one change, in percentage points." },
  { strict: 25, loose: 50 }
);
var MAX_STEP_RATIO = upperBound(
  ["pacing", "max_step_ratio"],
  {
    type: "number",
    minimum: 1,
    maximum: 1e9,
    description: "Largest allowed increase of an account count in one change, as a factor: head accounts divided by base accounts."
  },
  { strict: 2, loose: 10 }
);
var named = (m, name) => m.stages.find((s) => s.name === name);
function planExposure(plan) {
  let share = null;
  let accounts = null;
  for (const stage2 of plan.stages) {
    const e = exposureOf(stage2);
    if (e.kind !== "measured") continue;
    if (e.share && (share === null || e.share.value > share.value)) share = e.share;
    if (e.accounts !== null) accounts = Math.max(accounts ?? 0, e.accounts);
  }
  if (share) return { kind: "measured", share, accounts };
  if (accounts !== null) return { kind: "measured", share: null, accounts };
  return { kind: "unknown", segment: null };
}
function stepsOf(base, head, changes) {
  if (!base) return [];
  const ladder = base.stages;
  const steps = [];
  const rungs = /* @__PURE__ */ new Set();
  for (const change of changes) {
    if (change.kind === "stage_promoted") {
      const from = named(base, change.from.stage);
      const to = named(head, change.to.stage);
      if (from && to) steps.push({ change, rises: risesBetween(exposureOf(from), exposureOf(to), ladder, { from: from.name, to: to.name }) });
    } else if (change.kind === "exposure_increased" || change.kind === "exposure_changed") {
      const from = named(base, change.stage);
      const to = named(head, change.stage);
      if (!from || !to || rungs.has(to.name)) continue;
      rungs.add(to.name);
      steps.push({ change, rises: risesBetween(exposureOf(from), exposureOf(to), ladder, { from: from.name, to: to.name }) });
    } else if (change.kind === "source_exposure_increased") {
      const from = change.from === null ? null : { field: "traffic_percent", value: change.from.high };
      steps.push({ change, rises: [{ kind: "points", points: change.delta, from, to: { field: "traffic_percent", value: change.to.high } }] });
    } else if (change.kind === "stage_added") {
      const to = named(head, change.to.stage);
      if (to) steps.push({ change, rises: risesBetween(planExposure(base), exposureOf(to), ladder, { from: "the plan", to: to.name }) });
    }
  }
  return steps;
}
var pct = (s) => `${formatNumber(s.value)}%`;
var factor = (n) => `x${formatNumber(Number(n.toPrecision(3)))}`;
function sidesOf(change, rise) {
  if (change.kind === "stage_promoted") return { subject: change.subject, sides: exposureSides(change) };
  if (change.kind === "source_exposure_increased")
    return { subject: `${change.source.path} (${change.source.selector})`, sides: `${servedText(change.from)} -> ${servedText(change.to)}` };
  const stage2 = change.kind === "stage_added" ? change.to.stage : "stage" in change ? change.stage : "";
  if (rise.kind === "ratio")
    return {
      subject: change.kind === "stage_added" ? change.subject : `stages.${stage2}.accounts`,
      sides: `${formatNumber(rise.from)} -> ${formatNumber(rise.to)} accounts`
    };
  const from = rise.from === null ? "no share" : rise.from.field === rise.to.field ? pct(rise.from) : `${rise.from.field} ${pct(rise.from)}`;
  const to = rise.from !== null && rise.from.field !== rise.to.field ? `${rise.to.field} ${pct(rise.to)}` : pct(rise.to);
  return { subject: change.kind === "stage_added" ? change.subject : `stages.${stage2}.${rise.to.field}`, sides: `${from} -> ${to}` };
}
function judge(step, maxPoints, maxRatio) {
  const at = { file: step.change.file, line: step.change.line, column: 1 };
  return step.rises.flatMap((rise) => {
    if (rise.kind === "unmeasured") {
      return [
        {
          at,
          message: `the step cannot be measured (${describeChange(step.change)}): declare ${rise.declare.join(" or ")} on stage ${rise.stage} so the step can be measured`
        }
      ];
    }
    const { subject, sides } = sidesOf(step.change, rise);
    if (rise.kind === "points") {
      if (maxPoints === null || rise.points <= maxPoints) return [];
      const base = `${subject} rises by ${rise.from === null ? "up to " : ""}${formatNumber(rise.points)} points (${sides}), more than the ${maxPoints}-point step the policy allows`;
      const fromStage = step.change.kind === "stage_promoted" ? step.change.from.stage : null;
      return [
        {
          at,
          message: rise.from === null && fromStage ? `${base}; declare traffic_percent or tenant_percent on stage ${fromStage} so the step can be measured` : base
        }
      ];
    }
    if (maxRatio === null || rise.ratio <= maxRatio) return [];
    const by = Number.isFinite(rise.ratio) ? `rises ${factor(rise.ratio)}` : "rises from 0 accounts";
    return [{ at, message: `${subject} ${by} (${sides}), more than the ${factor(maxRatio)} step the policy allows` }];
  });
}
var exposureStepWithinLimit = defineRule({
  id: "exposure_step_within_limit",
  kind: "mode",
  readinessBlock: "ownership_and_rollback",
  title: "Exposure step",
  description: "One change raises a share (within a stage, or from one stage to the next) by at most `pacing.max_step_pct` points and an account count by at most the factor `pacing.max_step_ratio`; a step that cannot be measured (to a rung left with only a segment or no limit at all, or to an account count nothing bounds) blocks.",
  remediation: "Raise exposure in smaller steps, one change per step, and state each rung as a share or an account count so the step can be measured.",
  owner: "product",
  settings: [MAX_STEP_PCT, MAX_STEP_RATIO],
  needs: ["base", "changes"],
  active: (policy2) => policy2.get(MAX_STEP_PCT) !== null || policy2.get(MAX_STEP_RATIO) !== null,
  evaluate: (c) => {
    const maxPoints = c.policy.get(MAX_STEP_PCT);
    const maxRatio = c.policy.get(MAX_STEP_RATIO);
    return stepsOf(c.base, c.manifest, c.changes).flatMap((step) => judge(step, maxPoints, maxRatio));
  }
});

// src/core/sources/sourceDiff.ts
var sourceRef = (b, path = b.path) => ({ kind: b.kind, path, selector: selectorOf(b) });
function servedOf(side) {
  return side?.state === "present" && side.read.ok ? side.read.served : null;
}
function effectiveHead(s) {
  const head = servedOf(s.head);
  if (!head) return null;
  const existed = s.base?.state === "present";
  if (s.binding.kind === "argo_rollout" && !existed && s.head.state === "present")
    return { ...head, low: 100, high: 100, basis: "a new Rollout deploys its template at once to 100%: its steps apply only to later updates" };
  return head;
}

// src/core/rules/exposureSources.ts
var exposureSourceMatchesStage = defineRule({
  id: "exposure_source_matches_stage",
  kind: "mode",
  readinessBlock: "ownership_and_rollback",
  title: "Exposure source matches the live stage",
  description: "Every source under `exposure_sources` serves exactly the live stage's share (the larger of traffic_percent and tenant_percent; 0% when no stage is live): a flag or Rollout that serves more, or less, than the manifest declares blocks, and so does one whose share depends on segments the file cannot measure. On whenever a manifest binds a source.",
  remediation: "Make the source and the manifest agree in the same change: move current_stage (or its share) with the flag split or Rollout weight, and serve one split to everyone rather than by segment.",
  owner: "product",
  settings: [],
  needs: ["sources"],
  active: (_policy, manifest2) => manifest2.exposureSources.length > 0,
  evaluate: (c) => {
    const live = c.manifest.currentStage;
    const declared = live ? shareOf(live) : 0;
    return c.sources.flatMap((s) => {
      if (!s.boundAtHead) return [];
      const served = effectiveHead(s);
      if (!served?.carriesExposure) return [];
      const name = sourceName(sourceRef(s.binding, s.head.path));
      const at = served.at;
      const stage2 = live ? `stage "${live.name}"` : "the manifest (no stage is live)";
      if (served.low !== served.high) {
        const segments = served.segments.length > 0 ? ` (${served.segments.join("; ")})` : "";
        return [
          {
            at,
            message: `${name} serves ${servedText(served)} depending on segments${segments} whose share the gate cannot measure, so it cannot be compared with ${stage2}; serve one split to everyone, or bind one flag per segment`
          }
        ];
      }
      if (declared === null)
        return [
          {
            at,
            message: `${name} serves ${servedText(served)}, but ${stage2} states no share to compare it with; declare ${SHARE_FIELDS.join(" or ")} on stage ${live.name} so it can be measured`
          }
        ];
      if (served.high === declared) return [];
      const way = served.high > declared ? "more" : "less";
      return [{ at, message: `${name} serves ${servedText(served)} (${served.basis}), ${way} than the ${declared}% ${stage2} declares` }];
    });
  }
});
var exposureSourceGuardRemoved = defineRule({
  id: "exposure_source_guard_removed",
  kind: "mode",
  readinessBlock: "ownership_and_rollback",
  title: "Exposure source guard removed",
  description: "A bound source that loses an indefinite pause, a timed pause, an analysis or experiment step, its manual promotion, a confirmation webhook or an analysis metric, or that widens a metric's accepted range, goes further on its own than the base allowed: it blocks like a removed or loosened stop condition. Always on.",
  remediation: "Keep the pause or analysis step, or remove it in a change of its own with a waiver approved by the policy\u2019s waiver approvers.",
  owner: "technical",
  settings: [],
  needs: ["changes"],
  // Also when the head unbinds every source: the change still reports what the unbound source lost.
  active: () => true,
  evaluate: (c) => c.changes.flatMap((ch) => {
    const at = { file: ch.file, line: ch.line, column: 1 };
    if (ch.kind === "source_guard_removed") return [{ at, message: `${sourceName(ch.source)} loses its ${ch.guard.replace("_", " ")} (${ch.name})` }];
    if (ch.kind === "source_ramp_loosened" && ch.field.startsWith("metrics."))
      return [{ at, message: `${sourceName(ch.source)} widens ${ch.field} from ${String(ch.from)} to ${ch.to === null ? "no bound" : String(ch.to)}` }];
    return [];
  })
});
function atLeastAsStrict(condition, metric) {
  switch (condition.operator) {
    case ">":
      return metric.max !== null && metric.max <= condition.threshold;
    case ">=":
      return metric.max !== null && (metric.max < condition.threshold || metric.max === condition.threshold && !metric.maxInclusive);
    case "<":
      return metric.min !== null && metric.min >= condition.threshold;
    case "<=":
      return metric.min !== null && (metric.min > condition.threshold || metric.min === condition.threshold && !metric.minInclusive);
    case "==":
    case "!=":
      return false;
  }
}
var exposureSourceStopConditionsBound = defineRule({
  id: "exposure_source_stop_conditions_bound",
  kind: "mode",
  readinessBlock: "ownership_and_rollback",
  title: "Stop conditions bound to the source's analysis",
  description: "Where a bound source runs an analysis of its own (a Flagger Canary's metrics, an Argo AnalysisTemplate's), each of the manifest's stop conditions has a metric of the same name whose accepted range (`thresholdRange`, or the range `successCondition` and `failureCondition` state) aborts the rollout at least as early: `metric > x` needs a maximum of at most x, `metric < x` a minimum of at least x. A stop condition the controller does not enforce is a promise nobody keeps.",
  remediation: "Add the metric to the source's analysis with a threshold range at least as strict as the stop condition, or name the metric as the analysis does.",
  owner: "technical",
  settings: [],
  needs: ["sources"],
  active: (_policy, manifest2) => manifest2.exposureSources.length > 0 && manifest2.stopConditions.length > 0,
  evaluate: (c) => c.sources.flatMap((s) => {
    const served = s.boundAtHead ? servedOf(s.head) : null;
    if (!served || served.metrics.length === 0) return [];
    const name = sourceName(sourceRef(s.binding, s.head.path));
    return c.manifest.stopConditions.flatMap((cond) => {
      const metric = served.metrics.find((m) => m.name === cond.metric);
      if (!metric) return [{ at: cond.at, message: `stop condition "${cond.text}" has no metric named ${cond.metric} in the analysis of ${name}` }];
      if (atLeastAsStrict(cond, metric)) return [];
      const range = `${metric.minInclusive ? "[" : "("}${metric.min ?? "-inf"}, ${metric.max ?? "+inf"}${metric.maxInclusive ? "]" : ")"}`;
      return [{ at: metric.at, message: `${name} accepts ${cond.metric} in ${range}, looser than the stop condition "${cond.text}"` }];
    });
  })
});

// src/core/rules/initialStage.ts
var INITIAL_STAGE = stageBound(
  ["rollout_mode", "initial"],
  { type: "string", minLength: 1, description: "The furthest stage a new rollout may go live at." },
  { strict: "canary", loose: "ga" }
);
function placeAgainstInitial(live, head, base, limit) {
  if (live.name === limit) return { kind: "within" };
  const ladder = base ? base.stages : null;
  const refs = [head.stages.find((s) => s.name === limit), base?.stages.find((s) => s.name === limit)].filter((s) => s !== void 0);
  const orders = refs.map((r) => compareExposure(exposureOf(r), exposureOf(live), ladder));
  if (orders.length > 0 && orders.every((o) => o === "wider")) return { kind: "beyond", because: `it exposes more than the "${limit}" stage` };
  const ranked = base === null || base.stages.some((s) => s.name === live.name);
  const byName = ranked ? canonicalBeyond(live.name, limit) : null;
  if (byName === true) return { kind: "beyond", because: `"${live.name}" comes after "${limit}" on the conventional ladder` };
  if (orders.includes("wider")) return { kind: "unknown", because: `it exposes more than one version of the "${limit}" stage and no more than the other` };
  if (exposureOf(live).kind === "unknown") {
    return { kind: "unknown", because: `its exposure cannot be measured; declare ${SHARE_FIELDS.join(" or ")} on stage ${live.name}` };
  }
  if (byName === false) return { kind: "within" };
  return {
    kind: "unknown",
    because: ranked ? `add "${limit}" to the ladder or use conventional stage names` : `"${live.name}" is new in this change and exposes no more than "${limit}"; keep the rung's name or add "${limit}" to the ladder`
  };
}
var initialStageRespected = defineRule({
  id: "initial_stage_respected",
  kind: "mode",
  readinessBlock: "ownership_and_rollback",
  title: "Initial stage",
  description: "A rollout that goes live for the first time starts no further up the ladder than the policy's `rollout_mode.initial` stage: judged by the live rung's name on the conventional ladder and by its exposure against the manifest's rung of that name, never by the order the rungs are listed in.",
  remediation: "Go live at the initial stage (or earlier) first and promote in later changes.",
  owner: "product",
  settings: [INITIAL_STAGE],
  needs: ["base"],
  active: (policy2) => policy2.get(INITIAL_STAGE) !== null,
  evaluate: (c) => {
    const limit = c.policy.get(INITIAL_STAGE);
    const live = c.manifest.currentStage;
    if (!limit || !live || c.base?.currentStage) return [];
    const place = placeAgainstInitial(live, c.manifest, c.base, limit);
    if (place.kind === "unknown")
      return [{ at: live.at, message: `cannot tell whether stage "${live.name}" is beyond the initial stage "${limit}": ${place.because}` }];
    return place.kind === "beyond" ? [{ at: live.at, message: `first live stage "${live.name}" is beyond the initial stage "${limit}": ${place.because}` }] : [];
  }
});

// src/core/rules/oncallOwner.ts
var oncallOwner = defineRule({
  id: "oncall_owner",
  kind: "requirement",
  readinessBlock: "operational_readiness",
  title: "On-call owner",
  description: "An on-call owner is named for the rollout.",
  remediation: "Name the on-call rotation under `owners.on_call`.",
  owner: "on_call",
  settings: [],
  needs: [],
  evaluate: (c) => requireOwner(c.manifest.owners.on_call, "on-call owner (`owners.on_call`)", c.manifest.ownersAt, "on_call")
});

// src/core/rules/orchestrationPatternReviewed.ts
var orchestrationPatternReviewed = defineRule({
  id: "orchestration_pattern_reviewed",
  kind: "requirement",
  readinessBlock: "runtime_correctness",
  title: "Orchestration patterns reviewed",
  description: "Every workflow path that is not a fixed workflow has a review record of its orchestration pattern.",
  remediation: "Commit the pattern review and set `orchestration.<path>.review` to its path.",
  owner: "technical",
  settings: [],
  needs: ["evidence"],
  evaluate: (c) => c.manifest.orchestration.filter((p) => p.pattern !== "fixed_workflow").flatMap(
    (p) => requireArtifact(c, p.review, `review of the ${p.pattern} pattern on path "${p.name}"`, `orchestration.${p.name}.review`, p.at).map((v) => ({
      ...v,
      causes: [...v.causes ?? [], orchestrationCause(p.name)]
    }))
  )
});

// src/core/rules/stageRequirements.ts
var TOP_STAGE_NAMES = ["ga", "general_availability"];
function applicableStageNames(policy2, manifest2, base) {
  const live = manifest2.currentStage;
  if (!live) return [];
  const ladder = base ? base.stages : null;
  const isNew = base !== null && !base.stages.some((s) => s.name === live.name);
  const top = isBroadestRung(live, ladder);
  return Object.keys(policy2.get(STAGES)).filter((name) => {
    if (name === live.name) return true;
    if (top && TOP_STAGE_NAMES.includes(name)) return true;
    const ranked = isNew ? base.stages.find((s) => s.name === name) : void 0;
    return ranked !== void 0 && compareExposure(exposureOf(ranked), exposureOf(live), ladder) !== "narrower";
  });
}
function stageRequirementsFor(policy2, manifest2, base) {
  const stages = policy2.get(STAGES);
  const entries = applicableStageNames(policy2, manifest2, base).map((name) => stages[name]);
  return {
    require: unionOf(entries.map((s) => s.require)),
    owners: unionOf(entries.map((s) => s.owners))
  };
}

// src/core/rules/ownersNamed.ts
var OWNERS = ownerCategories(["owners"], "Owner categories that must be named.");
var ownersNamed = defineRule({
  id: "owners_named",
  kind: "mode",
  readinessBlock: "ownership_and_rollback",
  title: "Ownership map complete",
  description: "Every owner category the policy lists (`owners`, and `stages.<stage>.owners` for the live stage; `stages.ga.owners` also for the top of the ladder, whatever it is called) names a real owner.",
  remediation: "Name an owner for each listed category under `owners`.",
  owner: "product",
  settings: [OWNERS],
  needs: ["base"],
  active: (policy2) => policy2.get(OWNERS).length > 0 || Object.values(policy2.get(STAGES)).some((s) => s.owners.length > 0),
  evaluate: (c) => {
    const categories = /* @__PURE__ */ new Set([...c.policy.get(OWNERS), ...stageRequirementsFor(c.policy, c.manifest, c.base).owners]);
    return [...categories].sort().flatMap((cat) => requireOwner(c.manifest.owners[cat], `${cat.replace("_", "-")} owner (\`owners.${cat}\`)`, c.manifest.ownersAt, cat));
  }
});

// src/core/rules/patternChangeApproval.ts
var PATTERN_CHANGE_APPROVERS = ownerCategories(
  ["approvals", "orchestration_pattern_change"],
  "Owner categories whose GitHub handles must approve the pull request when an orchestration pattern changes (verified by the action from the pull request's reviews)."
);
var ID = "orchestration_pattern_change_approval";
var approverOf = (c, category) => (c.base ?? c.manifest).owners[category];
function requestsByPath(c) {
  return c.changes.filter((x) => x.kind === "pattern_changed" || x.kind === "pattern_added").filter((x) => x.releaseBearing).flatMap(
    (x) => c.policy.get(PATTERN_CHANGE_APPROVERS).map((category) => {
      const owner2 = approverOf(c, category);
      const handle = owner2 && !owner2.placeholder ? owner2.github : null;
      const state = handle === null ? "missing" : c.approvals.kind === "reviews" ? c.approvals.stateOf(handle) : "unchecked";
      const request = {
        check: ID,
        file: x.file,
        line: x.line,
        subject: `${x.subject} ${x.from ?? "new"} -> ${x.to}`,
        category,
        handle,
        state
      };
      return { path: x.path, request };
    })
  );
}
var requests = (c) => requestsByPath(c).map((r) => r.request);
var orchestrationPatternChangeApproval = defineRule({
  id: ID,
  kind: "mode",
  readinessBlock: "runtime_correctness",
  title: "Orchestration pattern change approved",
  description: "An orchestration pattern change is approved on the pull request by the owners that `approvals.orchestration_pattern_change` lists, named with GitHub handles in the manifest at the base (a manifest new in the change: as it names them). The action verifies the approvals from the reviews of the head commit; the CLI cannot, so it reports them as outstanding.",
  remediation: "Ask the listed owners to approve the pull request, and give each a GitHub handle (`owners.<category>.github`).",
  owner: "technical",
  settings: [PATTERN_CHANGE_APPROVERS],
  needs: ["base", "changes", "reviews"],
  active: (policy2) => policy2.get(PATTERN_CHANGE_APPROVERS).length > 0,
  approvals: requests,
  evaluate: (c) => requestsByPath(c).filter(({ request }) => request.state !== "approved").map(({ path, request: r }) => {
    const owner2 = approverOf(c, r.category);
    const who = !owner2 || owner2.placeholder ? `the ${r.category} owner, who is not named` : owner2.github ? `the ${r.category} owner ${owner2.github}` : `the ${r.category} owner "${owner2.name}", who has no GitHub handle to verify the approval with`;
    return {
      at: { file: r.file, line: r.line, column: 1 },
      message: `${r.subject} needs approval from ${who}`,
      ownerCategory: r.category,
      causes: [orchestrationCause(path)]
    };
  })
});

// src/core/rules/patternChangeUnreviewed.ts
var orchestrationPatternChangeUnreviewed = defineRule({
  id: "orchestration_pattern_change_unreviewed",
  kind: "hazard",
  readinessBlock: "runtime_correctness",
  title: "Orchestration pattern change unreviewed",
  description: "A workflow path changed its orchestration pattern in this change without a fresh review record (one added or updated in the same change).",
  remediation: "Review the new pattern (join state, approval ordering, worker surfaces, checkpoints), commit the review and set `orchestration.<path>.review` to it.",
  owner: "technical",
  settings: [],
  needs: ["base", "evidence"],
  evaluate: (c) => {
    const out = [];
    for (const p of c.manifest.orchestration) {
      const before = c.base?.orchestration.find((b) => b.name === p.name) ?? null;
      const changed = before ? before.pattern !== p.pattern : c.base !== null && p.pattern !== "fixed_workflow";
      if (!changed) continue;
      const what = before ? `${before.pattern} -> ${p.pattern}` : `new ${p.pattern} path`;
      if (!p.review) {
        out.push({ at: p.at, message: `path "${p.name}" changed pattern (${what}) without a review record`, causes: [orchestrationCause(p.name)] });
        continue;
      }
      const status = c.evidence.status(p.review.path);
      if (status.kind !== "ok") {
        out.push({
          at: p.review.at,
          message: `path "${p.name}" changed pattern (${what}) but its review record "${p.review.path}" is not a valid file`,
          causes: [orchestrationCause(p.name), evidenceCause(p.review.path)]
        });
      } else if (c.evidence.baseOid(p.review.path) === status.oid) {
        out.push({
          at: p.review.at,
          message: `path "${p.name}" changed pattern (${what}) but its review record "${p.review.path}" was not updated in this change`,
          causes: [orchestrationCause(p.name)]
        });
      }
    }
    return out;
  }
});

// src/core/rules/pausedRunsWithoutExpiry.ts
var pausedRunsWithoutExpiry = defineRule({
  id: "paused_runs_without_expiry",
  kind: "hazard",
  readinessBlock: "operational_readiness",
  title: "Paused runs without expiry",
  description: "Runs paused for approval can wait forever: there is no timeout or expiry rule.",
  remediation: "Set `approval.timeout` (e.g. `30m`).",
  owner: "product",
  settings: [],
  needs: [],
  evaluate: (c) => {
    const m = c.manifest;
    if (!needsApprovalPath(m) || m.approval?.timeoutMs != null) return [];
    return [{ at: m.approval?.at ?? m.at, message: "runs paused for approval have no timeout" }];
  }
});

// src/core/rules/rollbackPlan.ts
var rollbackPlan = defineRule({
  id: "rollback_plan",
  kind: "requirement",
  readinessBlock: "ownership_and_rollback",
  title: "Rollback plan",
  description: 'A written rollback plan exists (not "we will roll back if something happens") and a rollback owner is named.',
  remediation: "Commit the rollback plan, set `rollback.plan` to its path and name `owners.rollback`.",
  owner: "rollback",
  settings: [],
  needs: ["evidence"],
  evaluate: (c) => [
    ...requireArtifact(c, c.manifest.rollback?.plan, "rollback plan", "rollback.plan", c.manifest.rollback?.at ?? c.manifest.at),
    ...requireOwner(c.manifest.owners.rollback, "rollback owner (`owners.rollback`)", c.manifest.ownersAt, "rollback")
  ]
});

// src/core/rules/sessionExpirySignals.ts
var sessionExpirySignalsVisible = defineRule({
  id: "session_expiry_signals_visible",
  kind: "requirement",
  readinessBlock: "observability",
  title: "Session expiry is a visible signal",
  description: "Stateful capability sessions expose expiry as a rollout signal rather than a hidden transport failure.",
  remediation: "Set `session.expiry_signal` on every stateful capability.",
  owner: "technical",
  settings: [],
  needs: [],
  evaluate: (c) => c.manifest.capabilities.filter((cap) => cap.session?.stateful && !cap.session.expirySignal).map((cap) => ({ at: cap.at, message: `stateful capability "${cap.name}" has no session.expiry_signal` }))
});

// src/core/rules/shadowPeriod.ts
var REQUIRE_SHADOW_PERIOD = flag(["rollout_mode", "require_shadow_period"], {
  type: "boolean",
  description: "Require a shadow period of at least a day, with evidence, before live exposure."
});
var MIN_SHADOW_DAYS = {
  path: ["rollout_mode", "min_shadow_days"],
  schema: {
    type: "integer",
    minimum: 1,
    maximum: 365,
    description: "Days the workflow must run in shadow mode before live exposure (default 1), with `require_shadow_period`."
  },
  unset: null,
  read: (raw) => typeof raw === "number" ? raw : null,
  combine: (values) => values.reduce((a, b) => b === null ? a : a === null ? b : Math.max(a, b), null),
  loosening: (before, after) => before !== null && (after === null || after < before) ? [`rollout_mode.min_shadow_days falls from ${before} to ${after ?? "the default of 1"}`] : [],
  examples: { strict: 14, loose: 7 }
};
var shadowPeriodCompleted = defineRule({
  id: "shadow_period_completed",
  kind: "mode",
  readinessBlock: "eval_and_slo",
  title: "Shadow period",
  description: "Before live exposure, the workflow ran in shadow mode for at least `rollout_mode.min_shadow_days` (default one day), with evidence of the comparison.",
  remediation: "Add `shadow_period: { days: N, evidence: path }` with the shadow comparison report.",
  owner: "eval",
  settings: [REQUIRE_SHADOW_PERIOD, MIN_SHADOW_DAYS],
  needs: ["evidence"],
  active: (policy2) => policy2.get(REQUIRE_SHADOW_PERIOD),
  evaluate: (c) => {
    const s = c.manifest.shadowPeriod;
    if (!s) return [{ at: c.manifest.at, message: "the policy requires a shadow period and none is declared" }];
    const min = c.policy.get(MIN_SHADOW_DAYS) ?? 1;
    const out = s.days < min ? [{ at: s.at, message: `shadow period of ${s.days} days is shorter than ${min === 1 ? "one day" : `the ${min} days the policy asks for`}` }] : [];
    return [...out, ...requireArtifact(c, s.evidence, "shadow period evidence", "shadow_period.evidence", s.at)];
  }
});

// src/core/rules/stageCriteriaDefined.ts
function topRung(stages) {
  const last = stages[stages.length - 1];
  if (!last) return null;
  const mine = exposureOf(last);
  const outranked = stages.some((s) => s !== last && compareExposure(mine, exposureOf(s), null) === "wider");
  return outranked ? null : last;
}
var stageCriteriaDefined = defineRule({
  id: "stage_criteria_defined",
  kind: "requirement",
  readinessBlock: "eval_and_slo",
  title: "Stage exit criteria",
  description: "Every rung of the ladder but its top (the last rung, when no other rung is wider) has exit criteria that say what evidence moves the rollout on.",
  remediation: "Add `exit` criteria to each stage.",
  owner: "product",
  settings: [],
  needs: [],
  evaluate: (c) => {
    const top = topRung(c.manifest.stages);
    return c.manifest.stages.filter((s) => s !== top && s.exit.length === 0).map((s) => ({
      at: s.at,
      message: s === c.manifest.stages[c.manifest.stages.length - 1] ? `stage "${s.name}" has no exit criteria, and it is not the widest rung, so it is not the top of the ladder` : `stage "${s.name}" has no exit criteria`
    }));
  }
});

// src/core/rules/stopConditionsDefined.ts
var stopConditionsDefined = defineRule({
  id: "stop_conditions_defined",
  kind: "requirement",
  readinessBlock: "ownership_and_rollback",
  title: "Stop conditions defined",
  description: "Pre-agreed stop conditions exist before launch pressure begins.",
  remediation: "Add `stop_conditions` such as `false_positive_rate > 0.20`.",
  owner: "product",
  settings: [],
  needs: [],
  evaluate: (c) => c.manifest.stopConditions.length > 0 ? [] : [{ at: c.manifest.at, message: "no stop conditions are defined" }]
});

// src/core/rules/tenantExposureCap.ts
var MAX_TENANT_EXPOSURE_PCT = upperBound(
  ["rollout_mode", "max_tenant_exposure_pct"],
  { type: "number", minimum: 0, maximum: 100, description: "Largest exposure, in percent, while at or before the initial stage." },
  { strict: 5, loose: 50 }
);
var tenantExposureWithinCap = defineRule({
  id: "tenant_exposure_within_cap",
  kind: "mode",
  readinessBlock: "ownership_and_rollback",
  title: "Initial exposure cap",
  description: "Unless the live stage is shown to be past the initial stage, its exposure (the largest of tenant_percent and traffic_percent, and any account count) stays within `rollout_mode.max_tenant_exposure_pct`; an exposure that cannot be measured against the cap blocks.",
  remediation: "Lower the live stage's exposure to the cap, declare it as a percentage, or promote past the initial stage through the ladder.",
  owner: "product",
  settings: [MAX_TENANT_EXPOSURE_PCT],
  needs: ["base"],
  active: (policy2) => policy2.get(MAX_TENANT_EXPOSURE_PCT) !== null,
  evaluate: (c) => {
    const cap = c.policy.get(MAX_TENANT_EXPOSURE_PCT);
    const live = c.manifest.currentStage;
    if (cap === null || !live) return [];
    const limit = c.policy.get(INITIAL_STAGE);
    if (limit && placeAgainstInitial(live, c.manifest, c.base, limit).kind === "beyond") return [];
    const e = exposureOf(live);
    const declare = `declare ${SHARE_FIELDS.join(" or ")} on stage ${live.name}`;
    if (e.kind === "unknown") {
      const states = e.segment === null ? "states no exposure limit" : `states only the user segment "${e.segment}"`;
      return [{ at: live.at, message: `stage "${live.name}" ${states}, which cannot be measured against the ${cap}% cap; ${declare} so it can be measured` }];
    }
    const out = [];
    if (e.share && e.share.value > cap)
      out.push({ at: live.at, message: `stage "${live.name}" exposes ${formatNumber(e.share.value)}%, above the ${cap}% cap for the initial rollout` });
    if (e.accounts !== null && !accountsWithin(e.accounts, cap, c.base?.stages ?? null)) {
      out.push({
        at: live.at,
        message: `stage "${live.name}" states ${formatNumber(e.accounts)} accounts, which cannot be measured against the ${cap}% cap; ${declare} so it can be measured`
      });
    }
    return out;
  }
});

// src/core/rules/unknownSideEffectPathMissing.ts
var unknownSideEffectPathMissing = defineRule({
  id: "unknown_side_effect_path_missing",
  kind: "hazard",
  readinessBlock: "capability_execution",
  title: "Unknown side-effect path missing",
  description: "A write capability does not say what happens when the outcome of a call is unknown.",
  remediation: "Set `unknown_side_effect` on each write capability (e.g. `stop the run until reconciliation`).",
  owner: "technical",
  settings: [],
  needs: [],
  evaluate: (c) => writeCapabilities(c.manifest).filter((cap) => !cap.unknownSideEffect).map((cap) => ({ at: cap.at, message: `write capability "${cap.name}" has no unknown-side-effect path` }))
});

// src/core/rules/waiverApproved.ts
var WAIVER_APPROVERS = ownerCategories(
  ["waivers", "approvers"],
  "Owner categories whose GitHub handles (from the manifest at the base) must approve a waiver that a pull request adds or renews before it takes effect in that pull request."
);
var WAIVER_MAX_DAYS = upperBound(
  ["waivers", "max_days"],
  {
    type: "integer",
    minimum: 1,
    maximum: 3650,
    description: "Longest term, in days from the evaluated moment, of a waiver that a pull request adds or renews."
  },
  { strict: 30, loose: 90 }
);
var ID2 = "waiver_approved";
var DAY_MS = 864e5;
var addedWaivers = (c) => c.changes.filter((x) => x.kind === "waiver_added");
function requests2(c) {
  return addedWaivers(c).flatMap(
    (x) => c.policy.get(WAIVER_APPROVERS).map((category) => {
      const owner2 = c.base?.owners[category];
      const handle = owner2 && !owner2.placeholder ? owner2.github : null;
      const state = handle === null ? "missing" : c.approvals.kind === "reviews" ? c.approvals.stateOf(handle) : "unchecked";
      return { check: ID2, file: x.file, line: x.line, subject: `waiver for ${x.check} until ${x.to.expires}`, category, handle, state };
    })
  );
}
function daysLeft(expires, now) {
  return Math.ceil((Date.parse(`${expires}T00:00:00Z`) + DAY_MS - now.getTime()) / DAY_MS);
}
function whyNotInEffect(c, x) {
  const approvers = c.policy.get(WAIVER_APPROVERS);
  const maxDays = c.policy.get(WAIVER_MAX_DAYS);
  const what = `waiver for ${x.check} ${x.from === null ? "added" : "renewed"} in this change`;
  if (maxDays !== null && daysLeft(x.to.expires, c.now) > maxDays)
    return `${what} runs until ${x.to.expires}, longer than the ${maxDays} days the policy allows`;
  if (approvers.length === 0) return `${what} is not in effect: the policy names no \`waivers.approvers\` who could approve it here`;
  if (c.base === null)
    return `${what} is not in effect: the manifest is new, so no owner named at the base can approve it; meet the check, or add the waiver in a later change`;
  const open = requests2(c).filter((r) => r.line === x.line && r.state !== "approved");
  if (open.length === 0) return null;
  const who = open.map((r) => r.handle === null ? `the ${r.category} owner (no GitHub handle at the base)` : `the ${r.category} owner ${r.handle}`);
  return `${what} is not in effect until ${who.join(" and ")} approve${open.length === 1 ? "s" : ""} the pull request`;
}
var waiverApproved = defineRule({
  id: ID2,
  kind: "mode",
  readinessBlock: "safety_and_policy",
  title: "Waiver approved",
  description: "A waiver that the pull request adds or renews takes effect only when the owners `waivers.approvers` lists approve the pull request (by the GitHub handles the manifest gives them at the base), within `waivers.max_days`; until then the waived check still runs. Waivers already on the base hold until they expire.",
  remediation: "Ask the waiver approvers to approve the pull request, shorten the waiver, or meet the check instead.",
  owner: "risk",
  settings: [WAIVER_APPROVERS, WAIVER_MAX_DAYS],
  needs: ["base", "changes", "reviews"],
  // Always on: a waiver added without approvers configured must still be reported, never silently honoured.
  active: () => true,
  approvals: requests2,
  evaluate: (c) => addedWaivers(c).flatMap((x) => {
    const why = whyNotInEffect(c, x);
    return why === null ? [] : [{ at: { file: x.file, line: x.line, column: 1 }, message: why }];
  })
});

// src/core/rules/writeCapabilityIdempotency.ts
var writeCapabilityIdempotency = defineRule({
  id: "write_capability_idempotency",
  kind: "requirement",
  readinessBlock: "capability_execution",
  title: "Write capabilities are idempotent",
  description: "No write capability enters exposure without an idempotency strategy.",
  remediation: "Set `idempotency` on each write capability (e.g. `idempotency_key = request_id`).",
  owner: "technical",
  settings: [],
  needs: [],
  evaluate: (c) => writeCapabilities(c.manifest).filter((cap) => !cap.idempotency).map((cap) => ({ at: cap.at, message: `write capability "${cap.name}" has no idempotency strategy` }))
});

// src/core/rules/evidenceSettings.ts
var CONDITION_START = "^\\s*[A-Za-z_][A-Za-z0-9_.]*\\s*(>=|<=|==|!=|>|<)";
var conditionList = { type: "array", items: { type: "string", minLength: 1, maxLength: 256, pattern: CONDITION_START }, maxItems: 50 };
var perKind = (value) => ({
  type: "object",
  propertyNames: { enum: [...EVIDENCE_KINDS] },
  additionalProperties: value
});
var record = () => /* @__PURE__ */ Object.create(null);
function criterionMove(before, after) {
  const move = loosenedBy(before, after);
  return move === "loosened" ? "tightened" : move === "tightened" ? "loosened" : move;
}
function addStrictest(list2, c) {
  if (list2.some((x) => ["same", "loosened"].includes(criterionMove(x, c)))) return;
  const looser = list2.findIndex((x) => criterionMove(x, c) === "tightened");
  if (looser >= 0) list2[looser] = c;
  else list2.push(c);
}
var EVIDENCE_THRESHOLDS = {
  path: ["evidence_thresholds"],
  schema: {
    ...perKind({
      type: "object",
      additionalProperties: false,
      properties: {
        require: { ...conditionList, description: 'Criteria that hold at every stage, e.g. "pass_rate >= 0.90".' },
        stages: {
          type: "object",
          additionalProperties: conditionList,
          description: "Further criteria per stage name (ga also applies to the top of the ladder)."
        }
      }
    }),
    description: 'Minimum criteria per evidence kind, checked against the metrics of its typed evidence, e.g. `offline_eval: { require: ["pass_rate >= 0.90"], stages: { ga: ["pass_rate >= 0.97"] } }`. Evidence a threshold applies to must be typed.'
  },
  unset: {},
  read: (raw, ctx) => {
    const out = {};
    const kinds = raw ?? {};
    for (const kind of Object.keys(kinds)) {
      const parse2 = (texts, ...path) => (texts ?? []).flatMap((text, i) => {
        const at = ctx.at(kind, ...path, i);
        const parsed = parseCondition(text);
        if (!parsed.ok) {
          ctx.report(problem(at, `evidence_thresholds.${kind}: ${parsed.reason}`, 'write it as `metric operator number`, e.g. "pass_rate >= 0.95"'));
          return [];
        }
        return [{ ...parsed.condition, text, file: at.file, line: at.line }];
      });
      const stages = record();
      for (const stage2 of Object.keys(kinds[kind]?.stages ?? {})) stages[stage2] = parse2(kinds[kind].stages[stage2], "stages", stage2);
      out[kind] = { all: parse2(kinds[kind]?.require, "require"), stages };
    }
    return out;
  },
  combine: (values) => {
    const out = {};
    for (const v of values) {
      for (const kind of Object.keys(v)) {
        const into = out[kind] ??= { all: [], stages: record() };
        for (const c of v[kind].all) addStrictest(into.all, c);
        for (const [stage2, list2] of Object.entries(v[kind].stages)) for (const c of list2) addStrictest(into.stages[stage2] ??= [], c);
      }
    }
    return out;
  },
  loosening: (before, after) => {
    const out = [];
    const compare = (label, was, now) => {
      for (const c of was) {
        const kept = now.some((n) => ["same", "tightened"].includes(criterionMove(c, n)));
        if (!kept) out.push(`${label}: "${c.text}" is ${now.some((n) => n.metric === c.metric) ? "loosened" : "removed"}`);
      }
    };
    for (const kind of Object.keys(before)) {
      const b = before[kind];
      const a = after[kind];
      compare(`evidence_thresholds.${kind}`, b.all, a?.all ?? []);
      for (const [stage2, list2] of Object.entries(b.stages)) compare(`evidence_thresholds.${kind}.stages.${stage2}`, list2, a?.stages[stage2] ?? []);
    }
    return out;
  },
  examples: { strict: { offline_eval: { require: ["pass_rate >= 0.95"] } }, loose: { offline_eval: { require: ["pass_rate >= 0.80"] } } }
};
var EVIDENCE_MAX_AGE = {
  path: ["evidence_max_age"],
  schema: {
    ...perKind({ type: "string", pattern: "^[0-9]{1,9}(ms|s|m|h|d)$" }),
    description: "Maximum age per evidence kind (`offline_eval: 14d`): evidence whose file last changed longer ago than that, by git history, is stale; typed evidence that states an older run time is as old as that run."
  },
  unset: {},
  read: (raw) => {
    const out = {};
    for (const [kind, d] of Object.entries(raw ?? {})) {
      const ms = parseDuration(d);
      if (ms !== null) out[kind] = ms;
    }
    return out;
  },
  combine: (values) => {
    const out = {};
    for (const v of values) for (const [kind, ms] of Object.entries(v)) out[kind] = Math.min(out[kind] ?? Infinity, ms);
    return out;
  },
  loosening: (before, after) => Object.entries(before).flatMap(([kind, ms]) => {
    const now = after[kind];
    return now === void 0 || now > ms ? [`evidence_max_age.${kind} rises from ${formatDuration(ms)} to ${now === void 0 ? "no limit" : formatDuration(now)}`] : [];
  }),
  examples: { strict: { offline_eval: "7d" }, loose: { offline_eval: "30d" } }
};
var BLOCK_UNVERIFIED_CRITERIA = flag(["block_unverified_criteria"], {
  type: "boolean",
  description: "Stage criteria written as conditions that no typed evidence can measure block instead of warning."
});

// src/core/evidence/criteria.ts
function holds(operator, value, threshold) {
  switch (operator) {
    case ">":
      return value > threshold;
    case ">=":
      return value >= threshold;
    case "<":
      return value < threshold;
    case "<=":
      return value <= threshold;
    case "==":
      return value === threshold;
    case "!=":
      return value !== threshold;
  }
}
function judgeCriterion(criterion, metrics) {
  const metric = metrics.get(criterion.metric);
  if (!metric) return { kind: "unverified" };
  return { kind: holds(criterion.operator, metric.value, criterion.threshold) ? "met" : "unmet", metric };
}
function describeMeasurement(criterion, metric) {
  const bound = formatCondition(criterion).slice(criterion.metric.length + 1);
  return holds(criterion.operator, metric.value, criterion.threshold) ? `${criterion.metric} ${metric.value} ${bound}` : `${criterion.metric} ${metric.value}, not ${bound}`;
}

// src/core/rules/typedEvidence.ts
var DAY_MS2 = 864e5;
function policyCriteria(ctx, kind) {
  const t = ctx.policy.get(EVIDENCE_THRESHOLDS)[kind];
  if (!t) return [];
  const live = ctx.manifest.currentStage;
  const top = live !== null && isBroadestRung(live, ctx.base ? ctx.base.stages : null);
  const stageLists = Object.entries(t.stages).flatMap(
    ([name, list2]) => live && (name === live.name || top && TOP_STAGE_NAMES.includes(name)) ? list2.map((c) => ({ c, subject: `policy evidence_thresholds.${kind}.stages.${name}` })) : []
  );
  return [...t.all.map((c) => ({ c, subject: `policy evidence_thresholds.${kind}` })), ...stageLists].map(({ c, subject }) => ({ ...c, subject }));
}
var readsAlike = (a, b) => a.format === b.format && a.pointer === b.pointer;
function typedRefsOf(ctx) {
  const m = ctx.manifest;
  const base = ctx.base;
  const out = [];
  for (const kind of EVIDENCE_KINDS) {
    const head = m.evidence[kind];
    const was = base?.evidence[kind];
    const fromPolicy = policyCriteria(ctx, kind);
    if (!head?.spec && !was?.spec && fromPolicy.length === 0) continue;
    const own = (head?.spec?.require ?? []).map((c) => ({ ...c, subject: `evidence.${kind}`, file: c.at.file, line: c.at.line }));
    const kept = (was?.spec?.require ?? []).filter((c) => !own.some((o) => o.text === c.text)).map((c) => ({ ...c, subject: `evidence.${kind} at the base`, file: m.file, line: (head?.at ?? m.at).line }));
    out.push({
      kind,
      path: head?.path ?? null,
      // A plain path where the base had typed evidence is still read as the base declared it.
      spec: head?.spec ?? was?.spec ?? null,
      baseSpec: head?.spec && was?.spec && !readsAlike(head.spec, was.spec) ? was.spec : null,
      at: head?.at ?? m.at,
      criteria: [...own, ...kept, ...fromPolicy]
    });
  }
  return out;
}
function readingOf(content, ref) {
  if (ref.path === null || ref.spec === null) return null;
  if (!content) return "not_read";
  return content.reading(ref.path, ref.spec);
}
function metricsOf(ctx) {
  const out = /* @__PURE__ */ new Map();
  for (const ref of typedRefsOf(ctx)) {
    const r = readingOf(ctx.evidence.content, ref);
    if (r === null || r === "not_read" || !r.ok) continue;
    for (const [name, metric] of r.metrics) if (!out.has(name)) out.set(name, { metric, path: ref.path });
  }
  return out;
}
function ageDays(ctx, path) {
  const info = ctx.evidence.content?.lastChange(path);
  return info?.kind === "changed" ? Math.max(0, Math.floor((ctx.now.getTime() - info.last.time.getTime()) / DAY_MS2)) : null;
}
function measured(ctx, metric, path) {
  return { metric: metric.name, value: metric.value, evidence: path, line: metric.at.line, ageDays: ageDays(ctx, path) };
}
function measurementText(ctx, c, metric, path) {
  const age = ageDays(ctx, path);
  return `${describeMeasurement(c, metric)}, ${path} line ${metric.at.line}${age === null ? "" : `, ${age === 1 ? "1 day" : `${age} days`} old`}`;
}
function judgeTypedEvidence(ctx) {
  const violations = [];
  const checks = [];
  const file = ctx.manifest.file;
  for (const ref of typedRefsOf(ctx)) {
    const causes = ref.path ? [evidenceCause(ref.path)] : [];
    const label = `evidence.${ref.kind}`;
    if (ref.path === null) {
      violations.push({
        at: ref.at,
        message: `${label} was typed evidence at the base and the change removes it; its criteria (${ref.criteria.map((c) => c.text).join(", ")}) still apply`,
        causes
      });
      continue;
    }
    if (ref.spec === null) {
      violations.push({
        at: ref.at,
        message: `${label} is a plain document, but the policy asks for ${ref.criteria.map((c) => `"${c.text}"`).join(", ")} on it: a document cannot be measured`,
        causes
      });
      continue;
    }
    const reading = readingOf(ctx.evidence.content, ref);
    if (reading === null) continue;
    if (reading === "not_read") {
      violations.push({ at: ref.at, message: `${label}: the typed evidence "${ref.path}" was not read, so its criteria cannot be checked`, causes });
      continue;
    }
    if (!reading.ok) {
      const p = reading.problem;
      violations.push({
        at: ref.at,
        message: `${label}: "${ref.path}" cannot be read as ${ref.spec.format} (line ${p.line}, column ${p.column}): ${p.message}; ${p.hint}`,
        causes
      });
      continue;
    }
    if (ref.baseSpec) {
      const declared = `as the base declares it (${ref.baseSpec.format}${ref.baseSpec.pointer !== null ? ` at ${ref.baseSpec.pointer}` : ""})`;
      const asBase = ctx.evidence.content?.reading(ref.path, ref.baseSpec) ?? null;
      if (asBase && !asBase.ok)
        violations.push({
          at: ref.at,
          message: `${label}: the change reads "${ref.path}" as ${ref.spec.format}, but it must also read ${declared}: ${asBase.problem.message}`,
          causes
        });
      if (asBase?.ok) {
        for (const c of ref.criteria)
          if (judgeCriterion(c, asBase.metrics).kind !== "met")
            violations.push({ at: ref.at, message: `${label}: "${c.text}" does not hold when "${ref.path}" is read ${declared}`, causes });
      }
    }
    const lineIn = (c) => c.file === file ? c.line : ref.at.line;
    for (const c of ref.criteria) {
      const outcome = judgeCriterion(c, reading.metrics);
      if (outcome.kind === "unverified") {
        const known = [...reading.metrics.keys()].slice(0, 12).join(", ");
        violations.push({
          at: ref.at,
          message: `${label}: "${ref.path}" states no metric ${c.metric} for "${c.text}" (${c.subject}); it states ${known}`,
          causes
        });
        checks.push({ file, line: lineIn(c), subject: c.subject, criterion: c.text, state: "unverified", measured: null });
        continue;
      }
      checks.push({ file, line: lineIn(c), subject: c.subject, criterion: c.text, state: outcome.kind, measured: measured(ctx, outcome.metric, ref.path) });
      if (outcome.kind === "unmet")
        violations.push({
          at: ref.at,
          message: `${label}: "${c.text}" does not hold (${c.subject}): ${measurementText(ctx, c, outcome.metric, ref.path)}`,
          causes
        });
    }
  }
  return { violations, checks };
}

// src/core/rules/evidenceCriteriaMet.ts
var evidenceCriteriaMet = defineRule({
  id: "evidence_criteria_met",
  kind: "mode",
  readinessBlock: "eval_and_slo",
  title: "Typed evidence meets its criteria",
  description: "Typed evidence (promptfoo results, JUnit XML, a metrics file) is read and shown to meet its `require` criteria, the base's and the policy's `evidence_thresholds` for the live stage; evidence that is unreadable, edited after its run, or states no metric a criterion names fails closed.",
  remediation: "Run the eval again and commit its results as the tool wrote them, or fix what the evidence falls short of.",
  owner: "eval",
  settings: [EVIDENCE_THRESHOLDS],
  needs: ["evidence", "base"],
  // Always on: it judges nothing unless the manifest, its base or the policy has typed evidence.
  active: () => true,
  evaluate: (c) => judgeTypedEvidence(c).violations,
  evidenceChecks: (c) => judgeTypedEvidence(c).checks
});

// src/core/rules/evidenceFresh.ts
var BEHAVIOUR_CHANGES = /* @__PURE__ */ new Set([
  "pattern_added",
  "pattern_changed",
  "pattern_removed",
  "capability_added",
  "capability_changed",
  "capability_removed",
  "write_capability_added",
  "write_capability_changed"
]);
var when = (d) => d.toISOString().slice(0, 10);
function staleness(ctx) {
  const content = ctx.evidence.content;
  const out = [];
  const m = ctx.manifest;
  const sources = [...new Map([...ctx.base?.sources ?? [], ...m.sources].map((s) => [s.path, s])).values()];
  const behaviour = ctx.base ? ctx.changes.filter((c) => BEHAVIOUR_CHANGES.has(c.kind)) : [];
  for (const ref of typedRefsOf(ctx)) {
    if (ref.path === null || ref.spec === null) continue;
    const path = ref.path;
    const causes = [evidenceCause(path)];
    const label = `evidence.${ref.kind}`;
    if (!content) {
      out.push({ at: ref.at, message: `${label}: the history of "${path}" was not read, so its freshness cannot be shown`, causes });
      continue;
    }
    if (sources.length > 0 || behaviour.length > 0) {
      const own = content.lastChange(path);
      if (own.kind === "unknown") {
        out.push({
          at: ref.at,
          message: `${label}: when "${path}" last changed cannot be told (${own.because === "shallow" ? "the clone is shallow" : "no history"}), so it cannot be shown newer than what it vouches for; set \`fetch-depth: 0\` on actions/checkout`,
          causes
        });
        continue;
      }
      for (const s of sources) {
        if (!content.changedAfter(s.path, path)) continue;
        const sc = content.lastChange(s.path);
        const date = sc.kind === "changed" ? ` on ${when(sc.last.time)} (${sc.last.commit.slice(0, 12)})` : "";
        out.push({
          at: ref.at,
          message: `${label}: "${path}" is stale: it last changed on ${when(own.last.time)} (${own.last.commit.slice(0, 12)}), before the source "${s.path}" changed${date}; run it again on the current sources`,
          causes
        });
      }
      if (behaviour.length > 0 && !content.changedHere(path))
        out.push({
          at: ref.at,
          message: `${label}: "${path}" is stale: the change edits ${[...new Set(behaviour.map((c) => c.subject))].join(", ")} but does not produce the evidence again (last changed on ${when(own.last.time)})`,
          causes
        });
    }
  }
  const maxAge = ctx.policy.get(EVIDENCE_MAX_AGE);
  const typedRefs = typedRefsOf(ctx);
  for (const kind of EVIDENCE_KINDS) {
    const limit = maxAge[kind];
    const ref = m.evidence[kind];
    if (limit === void 0 || !ref) continue;
    const causes = [evidenceCause(ref.path)];
    const info = content?.lastChange(ref.path);
    if (!info || info.kind === "unknown") {
      out.push({
        at: ref.at,
        message: `evidence.${kind}: the age of "${ref.path}" cannot be told from history${info?.kind === "unknown" && info.because === "shallow" ? " (the clone is shallow; set `fetch-depth: 0` on actions/checkout)" : ""}, and the policy allows at most ${formatDuration(limit)}`,
        causes
      });
      continue;
    }
    const typed = typedRefs.find((r) => r.kind === kind);
    const reading = typed ? readingOf(content, typed) : null;
    const stated = reading !== null && reading !== "not_read" && reading.ok ? reading.producedAt : null;
    const since = stated && stated < info.last.time ? stated : info.last.time;
    const age = ctx.now.getTime() - since.getTime();
    if (age > limit)
      out.push({
        at: ref.at,
        message: `evidence.${kind}: "${ref.path}" is ${Math.floor(age / 864e5)} days old (${since === stated ? `its run is dated ${when(since)}` : `last changed on ${when(since)}`}), older than the ${formatDuration(limit)} the policy allows`,
        causes
      });
  }
  return out;
}
var evidenceFresh = defineRule({
  id: "evidence_fresh",
  kind: "mode",
  readinessBlock: "eval_and_slo",
  title: "Evidence is fresh",
  description: "Typed evidence changed after every path under `sources` (by git ancestry) and again in any change that edits orchestration or capabilities; any evidence is younger than the policy's `evidence_max_age` for its kind (by git history, so a replay gives the same answer).",
  remediation: "Run the eval again on the current prompts, model config and orchestration, and commit its results.",
  owner: "eval",
  settings: [EVIDENCE_MAX_AGE],
  needs: ["evidence", "base", "changes"],
  // Always on: it judges nothing unless the manifest has typed evidence or the policy sets a maximum age.
  active: () => true,
  evaluate: staleness
});

// src/core/rules/stageCriteriaVerified.ts
var PROMOTIONS = /* @__PURE__ */ new Set(["stage_promoted", "stage_went_live"]);
function promotionCriteria(ctx) {
  const m = ctx.manifest;
  const live = m.currentStage;
  if (!live || !ctx.changes.some((c) => PROMOTIONS.has(c.kind))) return [];
  const byName = (stages, name) => stages?.find((s) => s.name === name);
  const out = [];
  const add = (name, list2) => {
    const subject = `stages.${name}.${list2}`;
    const at = byName(m.stages, name)?.at ?? m.currentStageAt ?? m.at;
    for (const text of [...byName(ctx.base?.stages, name)?.[list2] ?? [], ...byName(m.stages, name)?.[list2] ?? []])
      if (!out.some((c) => c.subject === subject && c.text === text)) out.push({ subject, text, at });
  };
  const left = ctx.base?.currentStage ?? null;
  if (ctx.base && left) {
    const to = ctx.base.stages.findIndex((s) => s.name === live.name);
    for (const s of ctx.base.stages.slice(left.index, to > left.index ? to : left.index + 1)) add(s.name, "exit");
    const from = m.stages.findIndex((s) => s.name === left.name);
    if (from >= 0) for (const s of m.stages.slice(from, live.index)) add(s.name, "exit");
  }
  add(live.name, "entry");
  return out;
}
function judgeStageCriteria(ctx) {
  const out = { unmet: [], unverified: [], checks: [] };
  if (!typedRefsOf(ctx).some((r) => r.spec !== null)) return out;
  const criteria = promotionCriteria(ctx);
  if (criteria.length === 0) return out;
  const metrics = metricsOf(ctx);
  const file = ctx.manifest.file;
  for (const c of criteria) {
    const parsed = parseCondition(c.text);
    if (!parsed.ok) {
      out.checks.push({ file, line: c.at.line, subject: c.subject, criterion: c.text, state: "human", measured: null });
      continue;
    }
    const found = metrics.get(parsed.condition.metric);
    const outcome = found ? judgeCriterion(parsed.condition, /* @__PURE__ */ new Map([[found.metric.name, found.metric]])) : { kind: "unverified" };
    if (outcome.kind === "unverified") {
      out.checks.push({ file, line: c.at.line, subject: c.subject, criterion: c.text, state: "unverified", measured: null });
      out.unverified.push({ at: c.at, message: `${c.subject}: "${c.text}" is unverified: no typed evidence states ${parsed.condition.metric}` });
      continue;
    }
    out.checks.push({
      file,
      line: c.at.line,
      subject: c.subject,
      criterion: c.text,
      state: outcome.kind,
      measured: measured(ctx, outcome.metric, found.path)
    });
    if (outcome.kind === "unmet")
      out.unmet.push({ at: c.at, message: `${c.subject}: "${c.text}" does not hold: ${measurementText(ctx, parsed.condition, outcome.metric, found.path)}` });
  }
  return out;
}
var stageCriteriaMet = defineRule({
  id: "stage_criteria_met",
  kind: "mode",
  readinessBlock: "eval_and_slo",
  title: "Stage criteria met",
  description: "On a promotion, the exit criteria of every rung left or skipped and the entry criteria of the rung entered that are written as conditions hold against the metrics of the typed evidence (checked once the manifest or its base has typed evidence); free-text criteria are listed for people to judge.",
  remediation: "Promote once the evidence shows the criteria hold, or commit the evidence that shows it.",
  owner: "product",
  settings: [],
  needs: ["evidence", "base", "changes"],
  active: () => true,
  evaluate: (c) => judgeStageCriteria(c).unmet,
  evidenceChecks: (c) => judgeStageCriteria(c).checks
});
var stageCriteriaUnverified = defineRule({
  id: "stage_criteria_unverified",
  kind: "mode",
  readinessBlock: "eval_and_slo",
  title: "Stage criteria unverified",
  description: "On a promotion, a stage criterion written as a condition that no typed evidence measures is reported: a warning by default, blocking with `block_unverified_criteria: true`.",
  remediation: "Add typed evidence that states the metric, or write the criterion as free text for people to judge.",
  owner: "product",
  settings: [BLOCK_UNVERIFIED_CRITERIA],
  needs: ["evidence", "base", "changes"],
  active: () => true,
  defaultSeverity: (policy2) => policy2.get(BLOCK_UNVERIFIED_CRITERIA) ? "block" : "warn",
  evaluate: (c) => judgeStageCriteria(c).unverified
});

// src/core/rules/stopConditionsClear.ts
function crossed(ctx) {
  if (!ctx.changes.some((c) => INCREASE_KINDS.has(c.kind) || c.kind === "stage_went_live")) return [];
  const metrics = metricsOf(ctx);
  if (metrics.size === 0) return [];
  const m = ctx.manifest;
  const lists = [
    ["stop condition", m.stopConditions, ctx.base?.stopConditions ?? []],
    ["rollback trigger", m.rollbackTriggers, ctx.base?.rollbackTriggers ?? []]
  ];
  const out = [];
  for (const [what, head, base] of lists) {
    const all = [...head, ...base.filter((b) => !head.some((h) => h.text === b.text))];
    for (const c of all) {
      const found = metrics.get(c.metric);
      if (!found || !holds(c.operator, found.metric.value, c.threshold)) continue;
      const inHead = head.includes(c);
      out.push({
        at: inHead ? c.at : m.at,
        message: `${what} "${c.text}"${inHead ? "" : " (at the base)"} is already crossed: ${measurementText(ctx, c, found.metric, found.path)}; exposure cannot widen while it holds`,
        causes: [evidenceCause(found.path)]
      });
    }
  }
  return out;
}
var stopConditionsClear = defineRule({
  id: "stop_conditions_clear",
  kind: "mode",
  readinessBlock: "ownership_and_rollback",
  title: "Stop conditions clear",
  description: "No stop condition or rollback trigger (the head's or the base's) is already crossed by a metric the typed evidence states, when the change widens exposure.",
  remediation: "Act on the crossed condition (pause or roll back) instead of widening exposure, or commit current metrics that show it clear.",
  owner: "on_call",
  settings: [],
  needs: ["evidence", "base", "changes"],
  active: () => true,
  evaluate: crossed
});

// src/core/rules/registry.ts
var RULES = [
  // requirements from the seed checklist
  traceCoverage,
  policyPrechecks,
  capabilityOwners,
  offlineEvalPass,
  sloDefined,
  rollbackPlan,
  oncallOwner,
  approvalQueueOwner,
  sessionExpirySignalsVisible,
  orchestrationPatternReviewed,
  // further requirements from the seeds
  stopConditionsDefined,
  stageCriteriaDefined,
  capabilityTemplateComplete,
  writeCapabilityIdempotency,
  runbookPresent,
  alertingConfigured,
  regressionGateDocumented,
  delegatedAuthorizationTraced,
  approvalFallbackDefined,
  multiTenantBoundariesTested,
  // hazards from the seed checklist
  unknownSideEffectPathMissing,
  directToolAccessPresent,
  policyDecisionsNotTraced,
  approvalBacklogUnbounded,
  pausedRunsWithoutExpiry,
  capabilitySessionReinitUnmodeled,
  orchestrationPatternChangeUnreviewed,
  duplicateWriteOnRetry,
  // hazards found by the diff
  ownerRemoved,
  stopConditionLoosened,
  rollbackPlanRemoved,
  approvalBoundRemoved,
  authorizationModeChanged,
  // switched on by policy settings
  ownersNamed,
  orchestrationPatternChangeApproval,
  initialStageRespected,
  tenantExposureWithinCap,
  shadowPeriodCompleted,
  exposureStepWithinLimit,
  dwellTimeMet,
  waiverApproved,
  // typed evidence: always on, judging only manifests with typed evidence (or a policy that asks for it)
  evidenceCriteriaMet,
  evidenceFresh,
  stageCriteriaMet,
  stageCriteriaUnverified,
  stopConditionsClear,
  // switched on by a manifest that binds exposure sources
  exposureSourceMatchesStage,
  exposureSourceGuardRemoved,
  exposureSourceStopConditionsBound
];
var BY_ID = new Map(RULES.map((r) => [r.id, r]));
function ruleIds(kind) {
  return RULES.filter((r) => !kind || r.kind === kind).map((r) => r.id);
}
var ALL_CHECK_IDS = [...ruleIds(), ...Object.keys(BUILTIN_CHECKS)];
var ALL_SETTINGS = [...CORE_SETTINGS, ...RULES.flatMap((r) => r.settings)];

// src/core/load/documents.ts
function loadManifest(file, bytes, options = {}) {
  const parsed = parseYamlSource(file, bytes);
  if (!parsed.ok) return parsed;
  const schemaProblems = validateAgainstSchema("manifest", parsed.doc);
  if (schemaProblems.length > 0) return { ok: false, problems: schemaProblems };
  const built = buildManifest(parsed.doc, options);
  return built.ok ? { ok: true, value: built.manifest } : built;
}

// src/engine/manifestLoader.ts
function answer(request) {
  const results = [];
  let start = 0;
  request.files.forEach((file, i) => {
    const end = request.ends[i];
    const bytes = Buffer.from(request.bytes, start, end - start);
    results.push(loadManifest(file, bytes, { keepRaw: request.keepRaw }));
    start = end;
  });
  return { id: request.id, results };
}

// src/engine/loadWorker.ts
parentPort?.on("message", (request) => parentPort?.postMessage(answer(request)));
