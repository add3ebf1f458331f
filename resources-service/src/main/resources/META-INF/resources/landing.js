/*
 * The IPP e-commerce landing page: search and filter the published technical resources through
 * the public catalogue API of resources-service (GET /v1/resources and /v1/vocabularies only),
 * so that it works unchanged on another origin (set data-api on the root element).
 */
(function () {
  "use strict";

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
      disclaimer: "这些资源并非对《国际植物检疫措施标准》的解释，也未经植物检疫措施委员会认可。"
    }
  };
  var RIGHT_TO_LEFT = { ar: true };
  var FILTERS = [
    { param: "type", facet: "types", vocabulary: "resourceTypes" },
    { param: "language", facet: "languages" },
    { param: "topic", facet: "topics", vocabulary: "topics" },
    { param: "commodityClass", facet: "commodityClasses", vocabulary: "commodityClasses" },
    { param: "region", facet: "regions", vocabulary: "regions" },
    { param: "providerType", facet: "providerTypes", vocabulary: "providerTypes" },
    { param: "year", facet: "years" }
  ];

  var root = document.getElementById("ippc-ecommerce-resources");
  var api = (root.getAttribute("data-api") || "").replace(/\/$/, "");
  var pageSize = Number(root.getAttribute("data-page-size")) || 10;
  var state = { q: "", filters: {}, cursors: [null], page: 0, language: "en" };
  var names = {};

  function $(id) { return document.getElementById(id); }
  function label(key) { return (LABELS[state.language] || LABELS.en)[key] || LABELS.en[key]; }

  function applyLanguage(language) {
    state.language = LABELS[language] ? language : "en";
    document.documentElement.lang = state.language;
    document.documentElement.dir = RIGHT_TO_LEFT[state.language] ? "rtl" : "ltr";
    root.setAttribute("dir", document.documentElement.dir);
    root.querySelectorAll("[data-label]").forEach(function (element) {
      element.textContent = label(element.getAttribute("data-label"));
    });
    root.querySelectorAll("[data-placeholder]").forEach(function (element) {
      element.setAttribute("placeholder", label(element.getAttribute("data-placeholder")));
    });
  }

  function languageName(code) {
    try {
      return new Intl.DisplayNames([state.language], { type: "language" }).of(code) || code;
    } catch (unsupported) {
      return code;
    }
  }

  function valueName(filter, value) {
    if (filter.param === "language") { return languageName(value); }
    return (filter.vocabulary && names[filter.vocabulary] && names[filter.vocabulary][value]) || value;
  }

  function query(cursor) {
    var params = new URLSearchParams();
    if (state.q) { params.set("q", state.q); }
    Object.keys(state.filters).forEach(function (key) { params.set(key, state.filters[key]); });
    params.set("limit", String(pageSize));
    if (cursor) { params.set("cursor", cursor); }
    return params.toString();
  }

  function get(path) {
    var headers = { Accept: "application/json", "Accept-Language": state.language };
    return fetch(api + path, { headers: headers }).then(function (response) {
      if (!response.ok) { throw new Error(response.status); }
      return response.json();
    });
  }

  function titleOf(resource) {
    var titles = resource.titles;
    return titles[state.language] || titles.en || titles[Object.keys(titles)[0]];
  }

  function renderFilters(facets) {
    var list = $("ippc-filter-list");
    list.textContent = "";
    FILTERS.forEach(function (filter) {
      var wrapper = document.createElement("label");
      wrapper.className = "ippc-filter";
      var caption = document.createElement("span");
      caption.textContent = label(filter.param);
      var select = document.createElement("select");
      select.name = filter.param;
      select.setAttribute("data-filter", filter.param);
      var all = document.createElement("option");
      all.value = "";
      all.textContent = label("all");
      select.appendChild(all);
      (facets[filter.facet] || []).forEach(function (count) {
        var option = document.createElement("option");
        option.value = count.value;
        option.textContent = valueName(filter, count.value) + " (" + count.count + ")";
        select.appendChild(option);
      });
      select.value = state.filters[filter.param] || "";
      select.addEventListener("change", function () {
        if (select.value) { state.filters[filter.param] = select.value; } else { delete state.filters[filter.param]; }
        restart();
      });
      wrapper.appendChild(caption);
      wrapper.appendChild(select);
      list.appendChild(wrapper);
    });
  }

  function renderItem(resource) {
    var item = document.createElement("li");
    item.className = "ippc-item";
    item.setAttribute("data-resource-id", resource.id);
    var heading = document.createElement("h3");
    var link = document.createElement("a");
    link.href = resource.urls[0];
    link.rel = "noopener";
    link.target = "_blank";
    link.textContent = titleOf(resource);
    heading.appendChild(link);
    var meta = document.createElement("p");
    meta.className = "ippc-meta";
    var type = document.createElement("span");
    type.className = "ippc-badge";
    type.textContent = valueName(FILTERS[0], resource.type);
    meta.appendChild(type);
    meta.appendChild(document.createTextNode([
      resource.languages.map(languageName).join(", "),
      resource.provider.name,
      String(resource.publicationYear)
    ].join(" · ")));
    item.appendChild(heading);
    item.appendChild(meta);
    return item;
  }

  function render(page) {
    var list = $("ippc-list");
    list.textContent = "";
    page.items.forEach(function (resource) { list.appendChild(renderItem(resource)); });
    $("ippc-empty").hidden = page.items.length > 0;
    $("ippc-summary").textContent = page.total === 1 ? label("foundOne") : label("found").replace("{n}", page.total);
    $("ippc-page-number").textContent = label("page").replace("{n}", state.page + 1);
    $("ippc-previous").disabled = state.page === 0;
    $("ippc-next").disabled = !page.next;
    if (page.next) { state.cursors[state.page + 1] = page.next; }
    renderFilters(page.facets);
    root.setAttribute("data-state", "ready");
  }

  function load() {
    root.setAttribute("data-state", "loading");
    $("ippc-error").hidden = true;
    get("/v1/resources?" + query(state.cursors[state.page])).then(render, function () {
      $("ippc-error").hidden = false;
      root.setAttribute("data-state", "error");
    });
  }

  function restart() {
    state.cursors = [null];
    state.page = 0;
    load();
  }

  $("ippc-search").addEventListener("submit", function (event) {
    event.preventDefault();
    state.q = $("ippc-q").value.trim();
    restart();
  });
  $("ippc-clear").addEventListener("click", function () {
    state.filters = {};
    restart();
  });
  $("ippc-next").addEventListener("click", function () { state.page += 1; load(); });
  $("ippc-previous").addEventListener("click", function () { state.page -= 1; load(); });
  $("ippc-language").addEventListener("change", function (event) {
    applyLanguage(event.target.value);
    loadNames().then(load);
  });

  // The vocabularies' names, in the language chosen (the service answers English where it has no translation).
  function loadNames() {
    return get("/v1/vocabularies").then(function (vocabularies) {
      Object.keys(vocabularies).forEach(function (kind) {
        names[kind] = {};
        vocabularies[kind].forEach(function (term) { names[kind][term.code] = term.name; });
      });
    }, function () { /* codes are shown as they are */ });
  }

  var preferred = (navigator.language || "en").slice(0, 2);
  applyLanguage(LABELS[preferred] ? preferred : "en");
  $("ippc-language").value = state.language;
  loadNames().then(load);
})();
