-- Reference data: the domains of marketplaces and social networks, where many sellers each have a
-- store or page under the one domain (etsy.com/shop/...). A trader there is registered by its
-- store (platform and store id), never by the domain, which would make every seller on the
-- marketplace that trader. Subdomains count as the domain (de.aliexpress.com). Platform codes are
-- the ones stores are registered with. store_path is where the address of a store's page names the
-- store, the store id being the path segment after it (etsy.com/shop/GrainesDuMonde), so that a
-- seller's address screened or verified finds the store; null where store pages do not name it.
create table marketplace_domain (
    domain     varchar(253) primary key check (domain = lower(domain) and domain like '%.%'),
    platform   varchar(100) not null check (platform ~ '^[a-z0-9._-]+$'),
    store_path varchar(100) check (store_path = lower(store_path) and store_path ~ '^/([^/]+/|@)?$')
);

insert into marketplace_domain (domain, platform, store_path)
select domain, platform, store_path
from (values
    ('etsy', '/shop/', array['etsy.com']),
    ('ebay', '/str/', array['ebay.com', 'ebay.co.uk', 'ebay.de', 'ebay.fr', 'ebay.it', 'ebay.es', 'ebay.nl',
                   'ebay.be', 'ebay.at', 'ebay.ch', 'ebay.ie', 'ebay.pl', 'ebay.ca', 'ebay.com.au',
                   'ebay.com.hk', 'ebay.com.my', 'ebay.com.sg', 'ebay.ph']),
    ('amazon', null, array['amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.fr', 'amazon.it', 'amazon.es',
                     'amazon.nl', 'amazon.se', 'amazon.pl', 'amazon.com.be', 'amazon.com.tr', 'amazon.ca',
                     'amazon.com.mx', 'amazon.com.br', 'amazon.com.au', 'amazon.co.jp', 'amazon.in',
                     'amazon.sg', 'amazon.ae', 'amazon.sa', 'amazon.eg', 'amazon.cn']),
    ('aliexpress', '/store/', array['aliexpress.com', 'aliexpress.us', 'aliexpress.ru']),
    ('alibaba', null, array['alibaba.com', '1688.com']),
    ('temu', null, array['temu.com']),
    ('shein', null, array['shein.com']),
    ('wish', null, array['wish.com']),
    ('taobao', null, array['taobao.com']),
    ('tmall', null, array['tmall.com']),
    ('jd', null, array['jd.com']),
    ('pinduoduo', null, array['pinduoduo.com', 'yangkeduo.com']),
    ('rakuten', null, array['rakuten.com', 'rakuten.co.jp', 'rakuten.fr', 'rakuten.de']),
    ('mercadolibre', null, array['mercadolibre.com', 'mercadolibre.com.ar', 'mercadolibre.com.mx',
                           'mercadolibre.com.co', 'mercadolibre.cl', 'mercadolibre.com.pe',
                           'mercadolibre.com.uy', 'mercadolibre.com.ve', 'mercadolibre.com.ec',
                           'mercadolivre.com.br']),
    ('jumia', null, array['jumia.com', 'jumia.com.ng', 'jumia.co.ke', 'jumia.com.eg', 'jumia.ma',
                    'jumia.com.gh', 'jumia.ci', 'jumia.sn', 'jumia.ug', 'jumia.dz', 'jumia.com.tn']),
    ('shopee', null, array['shopee.com', 'shopee.sg', 'shopee.co.id', 'shopee.com.my', 'shopee.co.th',
                     'shopee.vn', 'shopee.ph', 'shopee.tw', 'shopee.com.br']),
    ('lazada', '/shop/', array['lazada.com', 'lazada.sg', 'lazada.co.id', 'lazada.com.my', 'lazada.co.th',
                     'lazada.vn', 'lazada.com.ph']),
    ('flipkart', null, array['flipkart.com']),
    ('noon', null, array['noon.com']),
    ('takealot', null, array['takealot.com']),
    ('ozon', '/seller/', array['ozon.ru']),
    ('wildberries', '/seller/', array['wildberries.ru']),
    ('avito', null, array['avito.ru']),
    ('allegro', null, array['allegro.pl']),
    ('bol', null, array['bol.com']),
    ('cdiscount', null, array['cdiscount.com']),
    ('leboncoin', null, array['leboncoin.fr']),
    ('kleinanzeigen', null, array['kleinanzeigen.de']),
    ('marktplaats', null, array['marktplaats.nl']),
    ('vinted', null, array['vinted.com', 'vinted.fr', 'vinted.de', 'vinted.co.uk', 'vinted.es', 'vinted.it']),
    ('gumtree', null, array['gumtree.com', 'gumtree.com.au']),
    ('craigslist', null, array['craigslist.org']),
    ('trademe', null, array['trademe.co.nz']),
    ('walmart', '/seller/', array['walmart.com']),
    ('facebook', '/', array['facebook.com', 'fb.com']),
    ('instagram', '/', array['instagram.com']),
    ('tiktok', '/@', array['tiktok.com']),
    ('vk', '/', array['vk.com']),
    ('telegram', '/', array['t.me', 'telegram.me']),
    ('google-sites', '/view/', array['sites.google.com'])
) as marketplace(platform, store_path, domains), unnest(domains) as domain;
