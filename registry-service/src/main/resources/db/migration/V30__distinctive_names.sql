-- A sender's name is compared with a trader's without what tells no trader apart (TraderRepository.nameMatches):
-- "Viveros Almendral Sociedad Limitada" is "Viveros Almendral S.L.", and "みどり種苗株式会社" is "株式会社みどり種苗".
-- Compared whole, the spelled-out legal form weighed more than the name, and the Japanese and Chinese legal forms,
-- written without a space, more than a name of four characters. Names in Cyrillic are compared in Latin letters, as
-- couriers' forms often give them ("OOO Semena Povolzhya" is "ООО «Семена Поволжья»").

-- Legal forms spelled out, word by word, in the languages traders register in, and the Cyrillic abbreviations in
-- Latin letters (V29 has the others).
insert into generic_name_word (word) values
    ('aansprakelijkheid'), ('accomandita'), ('actions'), ('activity'), ('aksjeselskap'), ('aktiebolag'),
    ('aktiengesellschaft'), ('anonim'), ('azioni'), ('beperkte'), ('beschrankter'), ('beschränkter'), ('besloten'),
    ('chup'), ('dac'), ('designated'), ('eingetragene'), ('eingetragener'), ('fop'), ('ip'), ('kaufmann'),
    ('kommanditgesellschaft'), ('liability'), ('limitata'), ('met'), ('mit'), ('naamloze'), ('oao'), ('odo'), ('ooo'),
    ('osakeyhtio'), ('osakeyhtiö'), ('pao'), ('par'), ('per'), ('private'), ('public'), ('responsabilita'),
    ('responsabilite'), ('responsabilità'), ('responsabilité'), ('semplice'), ('semplificata'), ('simplifiee'),
    ('simplifiée'), ('sirketi'), ('societa'), ('società'), ('too'), ('tov'), ('unipersonnelle'), ('unlimited'),
    ('vennootschap'), ('zao'), ('şirketi'),
    ('акционерное'), ('відповідальністю'), ('дополнительной'), ('закрытое'), ('индивидуальный'), ('обмеженою'),
    ('общество'), ('ограниченной'), ('одо'), ('открытое'), ('ответственностью'), ('предприниматель'), ('публичное'),
    ('тов'), ('товариство'), ('товарищество'), ('фоп'), ('чуп'),
    ('المسؤولية'), ('ذات'), ('محدودة'), ('مسؤولية')
on conflict do nothing;

-- Lower-case Cyrillic in Latin letters as Russian is written in them (BGN/PCGS, without its apostrophes), the other
-- letters of Ukrainian, Belarusian and Kazakh mapped to their nearest Latin letter; other letters are kept. A
-- Ukrainian name written the Ukrainian way ("Hai" for "Гай", "y" for "и") is found only as far as trigrams allow.
create function latin_letters(words text) returns text
    language sql immutable parallel safe
    return translate(
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(words,
            'щ', 'shch'), 'ж', 'zh'), 'х', 'kh'), 'ц', 'ts'), 'ч', 'ch'), 'ш', 'sh'), 'ю', 'yu'), 'я', 'ya'),
            'ї', 'yi'), 'є', 'ye'), 'ё', 'e'),
        'абвгдезийклмнопрстуфыэіґўәғқңөұүһъь', 'abvgdeziyklmnoprstufyeigu' || 'agknouuh');

-- A registered word in Cyrillic found by a sender's word in Latin letters (TraderRepository.nameMatches).
create index trader_name_word_latin_trgm on trader_name_word using gin (latin_letters(word) gin_trgm_ops)
    with (fastupdate = off) where word ~ '[а-яёіїєґўәғқңөұүһ]';

-- A name's words that tell traders apart, in order, lower case, in Latin letters where written in Cyrillic, without
-- accents (a courier's form often drops them) and joined by spaces: without its legal form, joining words and single
-- letters (split as name_words splits). Japanese, Chinese and Korean names run their legal form into the name
-- ("株式会社みどり種苗", "杭州清风盆景有限公司"), so those forms are cut out of the text first ("(株)" leaves a single
-- letter), and the name's parts are joined again whether or not it was written with spaces ("上海 花园宝贝").
create function distinctive_name(name text) returns text
    language sql stable parallel safe
    return regexp_replace(latin_letters(unaccent(array_to_string(array(
        select w.word
        from regexp_split_to_table(
                 regexp_replace(lower(name),
                     '株式会社|有限会社|合同会社|合資会社|合名会社|股份有限公司|有限责任公司|有限責任公司|有限公司|股份公司|公司'
                     || '|企業社|企业社|商行|주식회사|유한회사|[㈱㈲㈜]', ' ', 'g'),
                 '[[:space:][:punct:]’‘“”«»„、，。・]+') with ordinality as w(word, position)
        where length(w.word) > 1 and not exists (select from generic_name_word g where g.word = w.word)
        order by w.position), ' '))), '(?<=[ぁ-ヿ㐀-鿿가-힯]) (?=[ぁ-ヿ㐀-鿿가-힯])', '', 'g');
