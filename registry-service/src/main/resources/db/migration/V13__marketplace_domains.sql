-- Reference data: the domains of marketplaces and social networks, where many sellers each have a
-- store or page under the one domain (etsy.com/shop/...). A trader there is registered by its
-- store (platform and store id), never by the domain, which would make every seller on the
-- marketplace that trader. Subdomains count as the domain (de.aliexpress.com). Platform codes are
-- the ones stores are registered with.
create table marketplace_domain (
    domain   varchar(253) primary key check (domain = lower(domain) and domain like '%.%'),
    platform varchar(100) not null check (platform ~ '^[a-z0-9._-]+$')
);

insert into marketplace_domain (domain, platform)
select domain, platform
from (values
    ('etsy', array['etsy.com']),
    ('ebay', array['ebay.com', 'ebay.co.uk', 'ebay.de', 'ebay.fr', 'ebay.it', 'ebay.es', 'ebay.nl',
                   'ebay.be', 'ebay.at', 'ebay.ch', 'ebay.ie', 'ebay.pl', 'ebay.ca', 'ebay.com.au',
                   'ebay.com.hk', 'ebay.com.my', 'ebay.com.sg', 'ebay.ph']),
    ('amazon', array['amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.fr', 'amazon.it', 'amazon.es',
                     'amazon.nl', 'amazon.se', 'amazon.pl', 'amazon.com.be', 'amazon.com.tr', 'amazon.ca',
                     'amazon.com.mx', 'amazon.com.br', 'amazon.com.au', 'amazon.co.jp', 'amazon.in',
                     'amazon.sg', 'amazon.ae', 'amazon.sa', 'amazon.eg', 'amazon.cn']),
    ('aliexpress', array['aliexpress.com', 'aliexpress.us', 'aliexpress.ru']),
    ('alibaba', array['alibaba.com', '1688.com']),
    ('temu', array['temu.com']),
    ('shein', array['shein.com']),
    ('wish', array['wish.com']),
    ('taobao', array['taobao.com']),
    ('tmall', array['tmall.com']),
    ('jd', array['jd.com']),
    ('pinduoduo', array['pinduoduo.com', 'yangkeduo.com']),
    ('rakuten', array['rakuten.com', 'rakuten.co.jp', 'rakuten.fr', 'rakuten.de']),
    ('mercadolibre', array['mercadolibre.com', 'mercadolibre.com.ar', 'mercadolibre.com.mx',
                           'mercadolibre.com.co', 'mercadolibre.cl', 'mercadolibre.com.pe',
                           'mercadolibre.com.uy', 'mercadolibre.com.ve', 'mercadolibre.com.ec',
                           'mercadolivre.com.br']),
    ('jumia', array['jumia.com', 'jumia.com.ng', 'jumia.co.ke', 'jumia.com.eg', 'jumia.ma',
                    'jumia.com.gh', 'jumia.ci', 'jumia.sn', 'jumia.ug', 'jumia.dz', 'jumia.com.tn']),
    ('shopee', array['shopee.com', 'shopee.sg', 'shopee.co.id', 'shopee.com.my', 'shopee.co.th',
                     'shopee.vn', 'shopee.ph', 'shopee.tw', 'shopee.com.br']),
    ('lazada', array['lazada.com', 'lazada.sg', 'lazada.co.id', 'lazada.com.my', 'lazada.co.th',
                     'lazada.vn', 'lazada.com.ph']),
    ('flipkart', array['flipkart.com']),
    ('noon', array['noon.com']),
    ('takealot', array['takealot.com']),
    ('ozon', array['ozon.ru']),
    ('wildberries', array['wildberries.ru']),
    ('avito', array['avito.ru']),
    ('allegro', array['allegro.pl']),
    ('bol', array['bol.com']),
    ('cdiscount', array['cdiscount.com']),
    ('leboncoin', array['leboncoin.fr']),
    ('kleinanzeigen', array['kleinanzeigen.de']),
    ('marktplaats', array['marktplaats.nl']),
    ('vinted', array['vinted.com', 'vinted.fr', 'vinted.de', 'vinted.co.uk', 'vinted.es', 'vinted.it']),
    ('gumtree', array['gumtree.com', 'gumtree.com.au']),
    ('craigslist', array['craigslist.org']),
    ('trademe', array['trademe.co.nz']),
    ('walmart', array['walmart.com']),
    ('facebook', array['facebook.com', 'fb.com']),
    ('instagram', array['instagram.com']),
    ('tiktok', array['tiktok.com']),
    ('vk', array['vk.com']),
    ('telegram', array['t.me', 'telegram.me']),
    ('google-sites', array['sites.google.com'])
) as marketplace(platform, domains), unnest(domains) as domain;
