/*
 * <ippc-ecommerce-resources>: the IPP e-commerce landing page as a web component, version 1 (this file's path
 * names its major version; a change that breaks embedding pages gets /widget/2/). One script, no dependency:
 *
 *   <ippc-ecommerce-resources api="https://resources.example.org"></ippc-ecommerce-resources>
 *   <script src="https://resources.example.org/widget/1/ippc-ecommerce-resources.js"></script>
 *
 * Attributes: api (resources-service, default this origin), page-size (10), language (else the visitor's browser),
 * heading-level (2), set-document-title (only on a page of its own). It renders in its own shadow root: the host
 * page's styles, <html lang> and dir are never touched. Its state (search, filters, page, language) is in the
 * address as ippc-* parameters, so a search can be shared and the back button works. It reads the public
 * catalogue API only: GET /v1/resources, /v1/vocabularies and /v1/calls.
 */
(function () {
  "use strict";

  var VERSION = "1.0.0";
  var LABELS = {
    en: {
      heading: "Plant health and e-commerce: technical resources",
      intro: "Guides, training material and tools contributed to the IPPC and reviewed by the e-commerce expert network.",
      pageLanguage: "Language", searchLabel: "Search resources", searchPlaceholder: "Search, e.g. seeds bought online",
      search: "Search", filters: "Filters", clearFilters: "Clear filters", all: "All",
      type: "Type", language: "Language of the resource", topic: "Topic", commodityClass: "Commodity",
      region: "Region", providerType: "Provider", year: "Year",
      found: "{n} resources", foundOne: "1 resource", page: "Page {n}",
      previous: "Previous page", next: "Next page",
      emptyHeading: "No resources found", emptyHint: "Try other words, or remove a filter.",
      error: "The catalogue cannot be reached just now. Please try again later.", open: "Open",
      documentTitle: "E-commerce: technical resources | International Phytosanitary Portal", calls: "Calls for resources", until: "Open until {date}", summaryMore: "…", pages: "Pages",
      disclaimer: "These resources are not interpretations of the International Standards for Phytosanitary Measures and are not endorsed by the Commission on Phytosanitary Measures."
    },
    fr: {
      heading: "Santé des végétaux et commerce électronique : ressources techniques",
      intro: "Guides, supports de formation et outils fournis à la CIPV et examinés par le réseau d’experts du commerce électronique.",
      pageLanguage: "Langue", searchLabel: "Rechercher des ressources", searchPlaceholder: "Rechercher, par ex. semences achetées en ligne",
      search: "Rechercher", filters: "Filtres", clearFilters: "Effacer les filtres", all: "Tous",
      type: "Type", language: "Langue de la ressource", topic: "Thème", commodityClass: "Marchandise",
      region: "Région", providerType: "Fournisseur", year: "Année",
      found: "{n} ressources", foundOne: "1 ressource", page: "Page {n}",
      previous: "Page précédente", next: "Page suivante",
      emptyHeading: "Aucune ressource trouvée", emptyHint: "Essayez d’autres mots ou retirez un filtre.",
      error: "Le catalogue est momentanément inaccessible. Veuillez réessayer plus tard.", open: "Ouvrir",
      documentTitle: "Commerce électronique : ressources techniques | Portail phytosanitaire international", calls: "Appels à ressources", until: "Ouvert jusqu’au {date}", summaryMore: "…", pages: "Pages",
      disclaimer: "Ces ressources ne sont pas des interprétations des Normes internationales pour les mesures phytosanitaires et ne sont pas approuvées par la Commission des mesures phytosanitaires."
    },
    es: {
      heading: "Sanidad vegetal y comercio electrónico: recursos técnicos",
      intro: "Guías, material de capacitación y herramientas aportados a la CIPF y revisados por la red de expertos en comercio electrónico.",
      pageLanguage: "Idioma", searchLabel: "Buscar recursos", searchPlaceholder: "Buscar, p. ej. semillas compradas por internet",
      search: "Buscar", filters: "Filtros", clearFilters: "Quitar filtros", all: "Todos",
      type: "Tipo", language: "Idioma del recurso", topic: "Tema", commodityClass: "Producto",
      region: "Región", providerType: "Proveedor", year: "Año",
      found: "{n} recursos", foundOne: "1 recurso", page: "Página {n}",
      previous: "Página anterior", next: "Página siguiente",
      emptyHeading: "No se encontraron recursos", emptyHint: "Pruebe otras palabras o quite un filtro.",
      error: "No se puede acceder al catálogo en este momento. Inténtelo más tarde.", open: "Abrir",
      documentTitle: "Comercio electrónico: recursos técnicos | Portal Fitosanitario Internacional", calls: "Convocatorias de recursos", until: "Abierta hasta el {date}", summaryMore: "…", pages: "Páginas",
      disclaimer: "Estos recursos no son interpretaciones de las Normas Internacionales para Medidas Fitosanitarias ni están respaldados por la Comisión de Medidas Fitosanitarias."
    },
    ru: {
      heading: "Здоровье растений и электронная торговля: технические ресурсы",
      intro: "Руководства, учебные материалы и инструменты, предоставленные МККЗР и рассмотренные сетью экспертов по электронной торговле.",
      pageLanguage: "Язык", searchLabel: "Поиск ресурсов", searchPlaceholder: "Поиск, например: семена, купленные онлайн",
      search: "Найти", filters: "Фильтры", clearFilters: "Сбросить фильтры", all: "Все",
      type: "Тип", language: "Язык ресурса", topic: "Тема", commodityClass: "Товар",
      region: "Регион", providerType: "Поставщик", year: "Год",
      found: "Ресурсов: {n}", foundOne: "1 ресурс", page: "Страница {n}",
      previous: "Предыдущая страница", next: "Следующая страница",
      emptyHeading: "Ресурсы не найдены", emptyHint: "Попробуйте другие слова или уберите фильтр.",
      error: "Каталог сейчас недоступен. Повторите попытку позже.", open: "Открыть",
      documentTitle: "Электронная торговля: технические ресурсы | Международный фитосанитарный портал", calls: "Приглашения к представлению ресурсов", until: "Открыто до {date}", summaryMore: "…", pages: "Страницы",
      disclaimer: "Эти ресурсы не являются толкованием Международных стандартов по фитосанитарным мерам и не одобрены Комиссией по фитосанитарным мерам."
    },
    ar: {
      heading: "صحة النباتات والتجارة الإلكترونية: موارد تقنية",
      intro: "أدلة ومواد تدريبية وأدوات مقدمة إلى الاتفاقية الدولية لوقاية النباتات وراجعتها شبكة خبراء التجارة الإلكترونية.",
      pageLanguage: "اللغة", searchLabel: "البحث في الموارد", searchPlaceholder: "ابحث، مثلاً: بذور مشتراة عبر الإنترنت",
      search: "بحث", filters: "عوامل التصفية", clearFilters: "مسح عوامل التصفية", all: "الكل",
      type: "النوع", language: "لغة المورد", topic: "الموضوع", commodityClass: "السلعة",
      region: "المنطقة", providerType: "الجهة المقدمة", year: "السنة",
      found: "عدد الموارد: {n}", foundOne: "مورد واحد", page: "الصفحة {n}",
      previous: "الصفحة السابقة", next: "الصفحة التالية",
      emptyHeading: "لم يُعثر على موارد", emptyHint: "جرّب كلمات أخرى أو أزل أحد عوامل التصفية.",
      error: "تعذر الوصول إلى الفهرس حالياً. يرجى المحاولة لاحقاً.", open: "فتح",
      documentTitle: "التجارة الإلكترونية: موارد تقنية | البوابة الدولية للصحة النباتية", calls: "دعوات لتقديم الموارد", until: "مفتوحة حتى {date}", summaryMore: "…", pages: "الصفحات",
      disclaimer: "هذه الموارد ليست تفسيراً للمعايير الدولية لتدابير الصحة النباتية ولم تعتمدها هيئة تدابير الصحة النباتية."
    },
    zh: {
      heading: "植物健康与电子商务：技术资源",
      intro: "向《国际植保公约》提交并经电子商务专家网络审查的指南、培训材料和工具。",
      pageLanguage: "语言", searchLabel: "搜索资源", searchPlaceholder: "搜索，例如：网上购买的种子",
      search: "搜索", filters: "筛选", clearFilters: "清除筛选", all: "全部",
      type: "类型", language: "资源语言", topic: "主题", commodityClass: "商品",
      region: "区域", providerType: "提供方", year: "年份",
      found: "共 {n} 项资源", foundOne: "1 项资源", page: "第 {n} 页",
      previous: "上一页", next: "下一页",
      emptyHeading: "未找到资源", emptyHint: "请尝试其他关键词或移除筛选条件。",
      error: "目前无法访问目录，请稍后再试。", open: "打开",
      documentTitle: "电子商务：技术资源 | 国际植物检疫门户网站", calls: "资源征集", until: "截止日期 {date}", summaryMore: "…", pages: "分页",
      disclaimer: "这些资源并非对《国际植物检疫措施标准》的解释，也未经植物检疫措施委员会认可。"
    }
  };
  var RIGHT_TO_LEFT = { ar: true };
  var OFFICIAL = ["ar", "zh", "en", "fr", "ru", "es"];
  var LANGUAGE_NAMES = { ar: "العربية", zh: "中文", en: "English", fr: "Français", ru: "Русский", es: "Español" };
  var FILTERS = [
    { param: "type", facet: "types", vocabulary: "resourceTypes" },
    { param: "language", facet: "languages" },
    { param: "topic", facet: "topics", vocabulary: "topics" },
    { param: "commodityClass", facet: "commodityClasses", vocabulary: "commodityClasses" },
    { param: "region", facet: "regions", vocabulary: "regions" },
    { param: "providerType", facet: "providerTypes", vocabulary: "providerTypes" },
    { param: "year", facet: "years" }
  ];
  var PREFIX = "ippc-";
  var SUMMARY_LENGTH = 240;

  var STYLE = [
    ":host { display: block; --ippc-green: #2f6f3e; --ippc-green-light: #e8f1ea; --ippc-text: #1f2a22;",
    "  --ippc-muted: #56655a; font-family: 'Noto Sans', 'Segoe UI', Arial, sans-serif; color: var(--ippc-text);",
    "  line-height: 1.5; }",
    ".root { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }",
    "h1, h2.title { color: var(--ippc-green); font-size: 1.75rem; margin: 0 0 .25rem; }",
    "h2, h3 { font-size: 1.1rem; margin: 0 0 .75rem; }",
    ".header { display: flex; justify-content: space-between; gap: 1rem; align-items: flex-start; flex-wrap: wrap; }",
    ".language { display: flex; gap: .5rem; align-items: center; }",
    ".search { display: flex; gap: .5rem; margin: 1.25rem 0; }",
    ".search input { flex: 1; min-width: 0; font-size: 1rem; padding: .6rem .75rem; border: 1px solid #6f8a76;",
    "  border-radius: 4px; }",
    "button { font: inherit; padding: .55rem 1rem; border-radius: 4px; border: 1px solid var(--ippc-green);",
    "  background: var(--ippc-green); color: #fff; cursor: pointer; }",
    "button:disabled { opacity: .4; cursor: default; }",
    ":focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }",
    ".link-button { background: none; color: var(--ippc-green); border: none; padding: 0; text-decoration: underline; }",
    ".layout { display: grid; grid-template-columns: 16rem 1fr; gap: 1.5rem; }",
    "@media (max-width: 48rem) { .layout { grid-template-columns: 1fr; } .search { flex-wrap: wrap; } }",
    ".filters { background: var(--ippc-green-light); padding: 1rem; border-radius: 6px; align-self: start; }",
    ".filters summary { font-weight: 600; cursor: pointer; margin-bottom: .5rem; }",
    ".filter { display: block; margin-bottom: .9rem; }",
    ".filter span { display: block; font-weight: 600; font-size: .9rem; margin-bottom: .2rem; }",
    ".filter select { width: 100%; padding: .35rem; }",
    ".count { color: var(--ippc-muted); margin-top: 0; }",
    ".list { list-style: none; padding: 0; margin: 0; }",
    ".item { border-bottom: 1px solid #d5e0d7; padding: .9rem 0; }",
    ".item h3 { margin: 0 0 .25rem; font-size: 1.05rem; }",
    "a { color: var(--ippc-green); }",
    ".abstract { margin: .25rem 0; }",
    ".meta { color: var(--ippc-muted); font-size: .9rem; margin: 0; }",
    ".badge { display: inline-block; background: var(--ippc-green-light); color: var(--ippc-green); border-radius: 3px;",
    "  padding: 0 .4rem; font-size: .8rem; margin-inline-end: .4rem; }",
    ".pages { display: flex; gap: 1rem; align-items: center; margin: 1rem 0; }",
    ".empty { padding: 2rem; text-align: center; background: #fafbfa; border: 1px dashed #b7c7bb; border-radius: 6px; }",
    ".error { color: #8a1c1c; }",
    ".calls { border-inline-start: 4px solid var(--ippc-green); padding-inline-start: 1rem; margin: 1rem 0; }",
    ".calls ul { margin: 0; padding-inline-start: 1.2rem; }",
    ".disclaimer { color: var(--ippc-muted); font-size: .8rem; margin-top: 2rem; }",
    ".visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }"
  ].join("\n");

  function markup(headingLevel) {
    var h = "h" + headingLevel;
    return "<style>" + STYLE + "</style>" +
      "<div class='root' part='root'>" +
      "<div class='header'><div>" +
      "<" + h + " class='title' data-label='heading'></" + h + ">" +
      "<p data-label='intro'></p></div>" +
      "<label class='language'><span data-label='pageLanguage'></span><select id='language'>" +
      OFFICIAL.map(function (code) {
        return "<option value='" + code + "' lang='" + code + "'>" + LANGUAGE_NAMES[code] + "</option>";
      }).join("") +
      "</select></label></div>" +
      "<section class='calls' id='calls' hidden aria-labelledby='calls-heading'>" +
      "<h2 id='calls-heading' data-label='calls'></h2><ul id='call-list'></ul></section>" +
      "<form id='search' class='search' role='search'>" +
      "<label for='q' class='visually-hidden' data-label='searchLabel'></label>" +
      "<input id='q' name='q' type='search' maxlength='200' autocomplete='off' data-placeholder='searchPlaceholder'>" +
      "<button type='submit' data-label='search'></button></form>" +
      "<div class='layout'>" +
      "<details class='filters' id='filters' open><summary data-label='filters'></summary>" +
      "<div id='filter-list'></div>" +
      "<button type='button' id='clear' class='link-button' data-label='clearFilters'></button></details>" +
      "<section class='results' aria-labelledby='count'>" +
      "<p id='count' class='count' tabindex='-1' aria-live='polite'></p>" +
      "<p id='error' class='error' hidden data-label='error'></p>" +
      "<div id='empty' class='empty' hidden><h3 data-label='emptyHeading'></h3><p data-label='emptyHint'></p></div>" +
      "<ol id='list' class='list'></ol>" +
      "<nav class='pages' data-label-aria='pages'>" +
      "<button type='button' id='previous' data-label='previous' disabled></button>" +
      "<span id='page-number'></span>" +
      "<button type='button' id='next' data-label='next' disabled></button></nav>" +
      "<p class='disclaimer' data-label='disclaimer'></p>" +
      "</section></div></div>";
  }

  function preferredLanguage(explicit) {
    if (LABELS[explicit]) { return explicit; }
    var wanted = (navigator.languages || [navigator.language || "en"]).map(function (tag) {
      return String(tag).slice(0, 2).toLowerCase();
    });
    for (var i = 0; i < wanted.length; i++) {
      if (LABELS[wanted[i]]) { return wanted[i]; }
    }
    return "en";
  }

  class IppcEcommerceResources extends HTMLElement {
    static get version() { return VERSION; }

    constructor() {
      super();
      this.attachShadow({ mode: "open" });
      this.names = {};
      this.state = { q: "", filters: {}, page: 0, cursors: [null], language: "en" };
      this.onPopState = this.restoreFromAddress.bind(this);
    }

    connectedCallback() {
      var level = Math.min(6, Math.max(1, Number(this.getAttribute("heading-level")) || 2));
      this.shadowRoot.innerHTML = markup(level);
      this.api = (this.getAttribute("api") || "").replace(/\/$/, "");
      this.pageSize = Number(this.getAttribute("page-size")) || 10;
      this.root = this.shadowRoot.querySelector(".root");
      this.listen();
      if (window.matchMedia && window.matchMedia("(max-width: 48rem)").matches) {
        this.$("filters").open = false;
      }
      window.addEventListener("popstate", this.onPopState);
      this.restoreFromAddress();
    }

    disconnectedCallback() {
      window.removeEventListener("popstate", this.onPopState);
    }

    $(id) { return this.shadowRoot.getElementById(id); }

    label(key) { return (LABELS[this.state.language] || LABELS.en)[key] || LABELS.en[key]; }

    listen() {
      var self = this;
      this.$("search").addEventListener("submit", function (event) {
        event.preventDefault();
        self.state.q = self.$("q").value.trim();
        self.firstPage();
        self.navigate();
      });
      this.$("clear").addEventListener("click", function () {
        self.state.filters = {};
        self.firstPage();
        self.navigate();
      });
      this.$("next").addEventListener("click", function () { self.state.page += 1; self.navigate(); });
      this.$("previous").addEventListener("click", function () {
        self.state.page -= 1;
        // A page opened from a shared link knows only its own cursor: before it, the first page is known.
        if (!self.state.cursors[self.state.page]) { self.firstPage(); }
        self.navigate();
      });
      this.$("language").addEventListener("change", function (event) {
        self.state.language = event.target.value;
        self.navigate();
      });
    }

    firstPage() {
      this.state.page = 0;
      this.state.cursors = [null];
    }

    /** The state as ippc-* parameters of the address, beside the host page's own parameters. */
    address() {
      var params = new URLSearchParams(window.location.search);
      Array.from(params.keys()).filter(function (key) { return key.indexOf(PREFIX) === 0; })
        .forEach(function (key) { params.delete(key); });
      var state = this.state;
      if (state.q) { params.set(PREFIX + "q", state.q); }
      Object.keys(state.filters).forEach(function (key) { params.set(PREFIX + key, state.filters[key]); });
      if (state.page > 0) {
        params.set(PREFIX + "page", String(state.page + 1));
        params.set(PREFIX + "cursor", state.cursors[state.page]);
      }
      params.set(PREFIX + "lang", state.language);
      var query = params.toString();
      return window.location.pathname + (query ? "?" + query : "") + window.location.hash;
    }

    navigate() {
      window.history.pushState({ ippc: true }, "", this.address());
      this.show();
    }

    restoreFromAddress() {
      var params = new URLSearchParams(window.location.search);
      var state = this.state;
      state.q = params.get(PREFIX + "q") || "";
      state.filters = {};
      FILTERS.forEach(function (filter) {
        var value = params.get(PREFIX + filter.param);
        if (value) { state.filters[filter.param] = value; }
      });
      var page = Math.max(1, Number(params.get(PREFIX + "page")) || 1) - 1;
      var cursor = params.get(PREFIX + "cursor");
      if (page > 0 && cursor) {
        if (state.cursors[page] !== cursor) {
          state.cursors = [null];
          state.cursors[page] = cursor;
        }
        state.page = page;
      } else {
        this.firstPage();
      }
      state.language = preferredLanguage(params.get(PREFIX + "lang") || this.getAttribute("language"));
      this.$("q").value = state.q;
      this.show();
    }

    show() {
      this.setAttribute("data-state", "loading");
      var language = this.state.language;
      if (this.namesLanguage !== language) {
        this.applyLanguage();
        var self = this;
        this.loadNames().then(function () { self.loadCalls(); self.load(); });
      } else {
        this.load();
      }
    }

    applyLanguage() {
      var language = this.state.language;
      var self = this;
      this.root.setAttribute("lang", language);
      this.root.setAttribute("dir", RIGHT_TO_LEFT[language] ? "rtl" : "ltr");
      this.$("language").value = language;
      this.shadowRoot.querySelectorAll("[data-label]").forEach(function (element) {
        element.textContent = self.label(element.getAttribute("data-label"));
      });
      this.shadowRoot.querySelectorAll("[data-placeholder]").forEach(function (element) {
        element.setAttribute("placeholder", self.label(element.getAttribute("data-placeholder")));
      });
      this.shadowRoot.querySelectorAll("[data-label-aria]").forEach(function (element) {
        element.setAttribute("aria-label", self.label(element.getAttribute("data-label-aria")));
      });
      if (this.hasAttribute("set-document-title")) {
        document.title = this.label("documentTitle");
      }
    }

    get(path) {
      var headers = { Accept: "application/json", "Accept-Language": this.state.language };
      return fetch(this.api + path, { headers: headers }).then(function (response) {
        if (!response.ok) { throw new Error(response.status); }
        return response.json();
      });
    }

    /** The vocabularies' names in the language chosen (the service answers English where it has none). */
    loadNames() {
      var self = this;
      var language = this.state.language;
      return this.get("/v1/vocabularies").then(function (vocabularies) {
        Object.keys(vocabularies).forEach(function (kind) {
          self.names[kind] = {};
          vocabularies[kind].forEach(function (term) { self.names[kind][term.code] = term; });
        });
        self.namesLanguage = language;
      }, function () { /* codes are shown as they are */ });
    }

    loadCalls() {
      var self = this;
      this.get("/v1/calls?status=open&limit=5").then(function (page) {
        var list = self.$("call-list");
        list.textContent = "";
        page.items.forEach(function (call) {
          var item = document.createElement("li");
          item.setAttribute("data-call-id", call.id);
          item.appendChild(self.text(call.titles, "strong"));
          var until = document.createElement("span");
          until.textContent = " — " + self.label("until").replace("{date}", self.date(call.deadline));
          item.appendChild(until);
          list.appendChild(item);
        });
        self.$("calls").hidden = page.items.length === 0;
      }, function () { self.$("calls").hidden = true; });
    }

    load() {
      var self = this;
      this.setAttribute("data-state", "loading");
      this.$("error").hidden = true;
      var restore = this.focusedControl();
      this.get("/v1/resources?" + this.query()).then(function (page) {
        self.render(page);
        self.refocus(restore);
      }, function () {
        self.$("error").hidden = false;
        self.setAttribute("data-state", "error");
      });
    }

    query() {
      var state = this.state;
      var params = new URLSearchParams();
      if (state.q) { params.set("q", state.q); }
      Object.keys(state.filters).forEach(function (key) { params.set(key, state.filters[key]); });
      params.set("limit", String(this.pageSize));
      if (state.cursors[state.page]) { params.set("cursor", state.cursors[state.page]); }
      return params.toString();
    }

    /** Which control has focus, so that the same one has it after the page is drawn again. */
    focusedControl() {
      var active = this.shadowRoot.activeElement;
      if (!active) { return null; }
      return active.getAttribute("data-filter") ? "[data-filter='" + active.getAttribute("data-filter") + "']"
        : active.id ? "#" + active.id : null;
    }

    refocus(selector) {
      if (!selector) { return; }
      var control = this.shadowRoot.querySelector(selector);
      if (control && !control.disabled) { control.focus(); } else { this.$("count").focus(); }
    }

    render(page) {
      var self = this;
      var state = this.state;
      var list = this.$("list");
      list.textContent = "";
      page.items.forEach(function (resource) { list.appendChild(self.renderItem(resource)); });
      this.$("empty").hidden = page.items.length > 0;
      this.$("count").textContent = page.total === 1 ? this.label("foundOne") : this.label("found").replace("{n}", page.total);
      this.$("page-number").textContent = this.label("page").replace("{n}", state.page + 1);
      this.$("previous").disabled = state.page === 0;
      this.$("next").disabled = !page.next;
      if (page.next) { state.cursors[state.page + 1] = page.next; }
      this.renderFilters(page.facets);
      this.setAttribute("data-state", "ready");
    }

    renderFilters(facets) {
      var self = this;
      var list = this.$("filter-list");
      list.textContent = "";
      FILTERS.forEach(function (filter) {
        var wrapper = document.createElement("label");
        wrapper.className = "filter";
        var caption = document.createElement("span");
        caption.textContent = self.label(filter.param);
        var select = document.createElement("select");
        select.name = filter.param;
        select.setAttribute("data-filter", filter.param);
        var all = document.createElement("option");
        all.value = "";
        all.textContent = self.label("all");
        select.appendChild(all);
        (facets[filter.facet] || []).forEach(function (count) {
          var option = document.createElement("option");
          option.value = count.value;
          option.textContent = self.valueName(filter, count.value) + " (" + count.count + ")";
          select.appendChild(option);
        });
        select.value = self.state.filters[filter.param] || "";
        select.addEventListener("change", function () {
          if (select.value) { self.state.filters[filter.param] = select.value; } else { delete self.state.filters[filter.param]; }
          self.firstPage();
          self.navigate();
        });
        wrapper.appendChild(caption);
        wrapper.appendChild(select);
        list.appendChild(wrapper);
      });
    }

    renderItem(resource) {
      var item = document.createElement("li");
      item.className = "item";
      item.setAttribute("data-resource-id", resource.id);
      var heading = document.createElement("h3");
      var link = document.createElement("a");
      link.href = resource.urls[0];
      link.rel = "noopener";
      link.target = "_blank";
      link.appendChild(this.text(resource.titles, "bdi"));
      heading.appendChild(link);
      item.appendChild(heading);
      var summary = this.text(resource.summaries, "p", SUMMARY_LENGTH);
      summary.className = "abstract";
      item.appendChild(summary);
      var meta = document.createElement("p");
      meta.className = "meta";
      var type = document.createElement("span");
      type.className = "badge";
      type.textContent = this.valueName(FILTERS[0], resource.type);
      meta.appendChild(type);
      meta.appendChild(document.createTextNode(this.list(resource.languages.map(this.languageName, this)) + " · "));
      var provider = document.createElement("bdi");
      provider.textContent = resource.provider.name;
      meta.appendChild(provider);
      meta.appendChild(document.createTextNode(" · " + resource.publicationYear));
      item.appendChild(meta);
      return item;
    }

    /** A text of a by-language map, in the page's language or another, marked with its own lang and direction. */
    text(byLanguage, tag, maxLength) {
      var language = byLanguage[this.state.language] ? this.state.language
        : byLanguage.en ? "en" : Object.keys(byLanguage)[0];
      var element = document.createElement(tag);
      var value = byLanguage[language] || "";
      element.textContent = maxLength && value.length > maxLength
        ? value.slice(0, maxLength).replace(/\s+\S*$/, "") + this.label("summaryMore") : value;
      element.setAttribute("lang", language);
      element.setAttribute("dir", "auto");
      return element;
    }

    list(values) {
      try {
        return new Intl.ListFormat(this.state.language, { style: "long", type: "conjunction" }).format(values);
      } catch (unsupported) {
        return values.join(", ");
      }
    }

    date(isoDate) {
      try {
        return new Intl.DateTimeFormat(this.state.language, { dateStyle: "long", timeZone: "UTC" })
          .format(new Date(isoDate + "T00:00:00Z"));
      } catch (unsupported) {
        return isoDate;
      }
    }

    languageName(code) {
      try {
        return new Intl.DisplayNames([this.state.language], { type: "language" }).of(code) || code;
      } catch (unsupported) {
        return code;
      }
    }

    valueName(filter, value) {
      if (filter.param === "language") { return this.languageName(value); }
      var term = filter.vocabulary && this.names[filter.vocabulary] && this.names[filter.vocabulary][value];
      return term ? term.name : value;
    }
  }

  if (!customElements.get("ippc-ecommerce-resources")) {
    customElements.define("ippc-ecommerce-resources", IppcEcommerceResources);
  }
})();
