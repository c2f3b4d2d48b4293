#!/usr/bin/env python3
"""Regenerates the template forms (.docx) of the demo catalogue with the standard library only.

    cd portal/src/main/resources/catalog/demo/forms && python3 make_forms.py

Each form is written as a minimal Office Open XML package ([Content_Types].xml, _rels/.rels, word/document.xml,
word/styles.xml, word/_rels/document.xml.rels). The text follows the prescribed forms named in each title's
source line (Thông tư 04/2020/TT-BTP, Thông tư 01/2021/TT-BKHĐT, Thông tư 66/2023/TT-BCA,
Thông tư 01/2019/TT-BLĐTBXH); blanks are dotted lines made with a right tab stop and a dot leader. The output is
deterministic (fixed timestamps), so regenerating changes nothing unless the content changes.
"""
import os
import zipfile
from xml.sax.saxutils import escape

# the demo data lives in the portal's resources; this script lives in tools/ so that it is not in the jar
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'portal', 'src', 'main', 'resources', 'catalog', 'demo', 'forms')
WIDTH = 9350  # text width in twips (A4, 2 cm / 1.5 cm margins)
FIXED_TIME = (2024, 1, 1, 0, 0, 0)

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""

STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults>
<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="80" w:line="288" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
</w:styles>"""


def run(text, bold=False, italic=False, size=None, underline=False):
    props = ""
    if bold:
        props += "<w:b/>"
    if italic:
        props += "<w:i/>"
    if size:
        props += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    if underline:  # after w:sz, as CT_RPr orders its children
        props += '<w:u w:val="single"/>'
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    parts = text.split("\t")
    out = ""
    for i, part in enumerate(parts):
        if i:
            out += f"<w:r>{rpr}<w:tab/></w:r>"
        if part:
            out += f'<w:r>{rpr}<w:t xml:space="preserve">{escape(part)}</w:t></w:r>'
    return out


def para(runs, align=None, indent_left=0, dotted=False, before=0, after=80):
    ppr = ""
    if dotted:
        ppr += f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{WIDTH}"/></w:tabs>'
    ppr += f'<w:spacing w:before="{before}" w:after="{after}"/>'
    if indent_left:
        ppr += f'<w:ind w:left="{indent_left}"/>'
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>"


def render(blocks):
    """Blocks: ('header',), ('title', text), ('sub', text), ('to', text), ('line', label), ('text', text),
    ('sign', date_line, role, hint), ('note', text), ('check', text)."""
    body = []
    for b in blocks:
        kind = b[0]
        if kind == "header":
            body.append(para(run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True), "center", after=0))
            body.append(para(run("Độc lập - Tự do - Hạnh phúc", bold=True, underline=True), "center", after=240))
        elif kind == "source":
            body.append(para(run(b[1], italic=True, size=22), "right", after=120))
        elif kind == "title":
            body.append(para(run(b[1], bold=True, size=28), "center", before=120, after=40))
        elif kind == "sub":
            body.append(para(run(b[1], italic=True), "center", after=200))
        elif kind == "to":
            body.append(para(run("Kính gửi:", bold=True) + run("(1) \t"), dotted=True, indent_left=1400, after=160))
        elif kind == "line":
            body.append(para(run(b[1] + " ") + run("\t"), dotted=True))
        elif kind == "lines":
            for _ in range(b[1]):
                body.append(para(run("\t"), dotted=True))
        elif kind == "text":
            body.append(para(run(b[1]), "both"))
        elif kind == "bold":
            body.append(para(run(b[1], bold=True), before=120))
        elif kind == "check":
            body.append(para(run(b[1])))
        elif kind == "sign":
            body.append(para(run(b[1], italic=True), "center", indent_left=4500, before=240, after=0))
            body.append(para(run(b[2], bold=True), "center", indent_left=4500, after=0))
            body.append(para(run(b[3], italic=True), "center", indent_left=4500, after=1200))
            body.append(para(run("\t"), dotted=True, indent_left=5600))
        elif kind == "note":
            body.append(para(run(b[1], italic=True, size=22), "both", after=40))
        else:
            raise ValueError(kind)
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" '
            'w:gutter="0"/></w:sectPr>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            + "".join(body) + sect + "</w:body></w:document>")


def write(filename, blocks):
    path = os.path.join(HERE, filename)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                           ("word/_rels/document.xml.rels", DOC_RELS), ("word/styles.xml", STYLES),
                           ("word/document.xml", render(blocks))):
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))
    return path


SIGN_REQ = ("sign", "Làm tại: ....................., ngày ...... tháng ...... năm ..........", "Người yêu cầu",
            "(Ký, ghi rõ họ, chữ đệm, tên)")
REQUESTER = [("line", "Họ, chữ đệm, tên người yêu cầu:"), ("line", "Nơi cư trú:(2)"),
             ("line", "Giấy tờ tùy thân:(3)")]
COMMON_NOTES = [
    ("bold", "Chú thích:"),
    ("note", "(1) Ghi rõ tên cơ quan đăng ký hộ tịch."),
    ("note", "(2) Ghi theo nơi thường trú; nếu không có nơi thường trú thì ghi theo nơi tạm trú; trường hợp không "
             "có nơi thường trú và nơi tạm trú thì ghi theo nơi ở hiện tại."),
    ("note", "(3) Ghi thông tin về giấy tờ tùy thân như: hộ chiếu, thẻ căn cước công dân hoặc giấy tờ hợp lệ thay "
             "thế, ví dụ: Căn cước công dân số ..........., cấp ngày ....../....../.........., nơi cấp "
             "................"),
]
COMMITMENT = ("text", "Tôi cam đoan nội dung đề nghị trên đây là đúng sự thật, được sự thỏa thuận nhất trí của các "
                      "bên liên quan theo quy định pháp luật. Tôi chịu hoàn toàn trách nhiệm trước pháp luật về nội "
                      "dung cam đoan của mình.")

FORMS = {
    "to-khai-dang-ky-khai-sinh.docx": [
        ("source", "Mẫu ban hành kèm theo Thông tư số 04/2020/TT-BTP"), ("header",),
        ("title", "TỜ KHAI ĐĂNG KÝ KHAI SINH"), ("to",), *REQUESTER,
        ("line", "Quan hệ với người được khai sinh:"),
        ("bold", "Đề nghị cơ quan đăng ký khai sinh cho người dưới đây:"),
        ("line", "Họ, chữ đệm, tên:"), ("line", "Ngày, tháng, năm sinh: ........../........../.......... ghi bằng chữ:"),
        ("line", "Giới tính: .................. Dân tộc: .................. Quốc tịch:"),
        ("line", "Nơi sinh:(4)"), ("line", "Quê quán:"),
        ("line", "Họ, chữ đệm, tên người mẹ:"),
        ("line", "Năm sinh:(5) .................. Dân tộc: .................. Quốc tịch:"),
        ("line", "Nơi cư trú:(2)"),
        ("line", "Họ, chữ đệm, tên người cha:"),
        ("line", "Năm sinh:(5) .................. Dân tộc: .................. Quốc tịch:"),
        ("line", "Nơi cư trú:(2)"),
        COMMITMENT, SIGN_REQ,
        ("check", "Đề nghị cấp bản sao:(6)   Có ☐   Không ☐     Số lượng: ........ bản"),
        *COMMON_NOTES,
        ("note", "(4) Trường hợp sinh tại cơ sở y tế thì ghi tên cơ sở y tế và địa chỉ; trường hợp sinh ngoài cơ sở "
                 "y tế thì ghi địa danh hành chính nơi sinh (xã, huyện, tỉnh)."),
        ("note", "(5) Ghi đầy đủ ngày, tháng, năm sinh nếu có."),
        ("note", "(6) Đánh dấu X vào ô nếu có yêu cầu cấp bản sao và ghi rõ số lượng."),
    ],
    "to-khai-dang-ky-ket-hon.docx": [
        ("source", "Mẫu ban hành kèm theo Thông tư số 04/2020/TT-BTP"), ("header",),
        ("title", "TỜ KHAI ĐĂNG KÝ KẾT HÔN"), ("to",),
        ("bold", "Thông tin bên nữ"),
        ("line", "Họ, chữ đệm, tên:"), ("line", "Ngày, tháng, năm sinh:"),
        ("line", "Dân tộc: .................................. Quốc tịch:"), ("line", "Nơi cư trú:(2)"),
        ("line", "Giấy tờ tùy thân:(3)"), ("line", "Kết hôn lần thứ mấy:"),
        ("bold", "Thông tin bên nam"),
        ("line", "Họ, chữ đệm, tên:"), ("line", "Ngày, tháng, năm sinh:"),
        ("line", "Dân tộc: .................................. Quốc tịch:"), ("line", "Nơi cư trú:(2)"),
        ("line", "Giấy tờ tùy thân:(3)"), ("line", "Kết hôn lần thứ mấy:"),
        ("text", "Chúng tôi cam đoan những lời khai trên đây là đúng sự thật, việc kết hôn của chúng tôi là tự "
                 "nguyện, không vi phạm quy định của Luật Hôn nhân và gia đình Việt Nam. Chúng tôi chịu trách "
                 "nhiệm trước pháp luật về cam đoan của mình."),
        ("sign", "Làm tại: ....................., ngày ...... tháng ...... năm ..........",
         "Bên nữ                                        Bên nam", "(Ký, ghi rõ họ, chữ đệm, tên)"),
        ("check", "Đề nghị cấp bản sao:   Có ☐   Không ☐     Số lượng: ........ bản"),
        *COMMON_NOTES,
    ],
    "to-khai-dang-ky-khai-tu.docx": [
        ("source", "Mẫu ban hành kèm theo Thông tư số 04/2020/TT-BTP"), ("header",),
        ("title", "TỜ KHAI ĐĂNG KÝ KHAI TỬ"), ("to",), *REQUESTER,
        ("line", "Quan hệ với người đã chết:"),
        ("bold", "Đề nghị cơ quan đăng ký khai tử cho người có tên dưới đây:"),
        ("line", "Họ, chữ đệm, tên:"), ("line", "Ngày, tháng, năm sinh:"),
        ("line", "Giới tính: .................. Dân tộc: .................. Quốc tịch:"),
        ("line", "Giấy tờ tùy thân:(3)"), ("line", "Nơi cư trú cuối cùng:(2)"),
        ("line", "Đã chết vào lúc: ........ giờ ........ phút, ngày ........ tháng ........ năm"),
        ("line", "Nơi chết:"), ("line", "Nguyên nhân chết:"),
        ("line", "Số Giấy báo tử/Giấy tờ thay thế Giấy báo tử:(4) ..................... do"),
        ("line", "cấp ngày ........ tháng ........ năm"),
        ("text", "Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về "
                 "cam đoan của mình."),
        SIGN_REQ,
        ("check", "Đề nghị cấp bản sao:   Có ☐   Không ☐     Số lượng: ........ bản"),
        *COMMON_NOTES,
        ("note", "(4) Ghi rõ tên giấy tờ: Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử."),
    ],
    "to-khai-cap-giay-xac-nhan-tinh-trang-hon-nhan.docx": [
        ("source", "Mẫu ban hành kèm theo Thông tư số 04/2020/TT-BTP"), ("header",),
        ("title", "TỜ KHAI CẤP GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN"), ("to",), *REQUESTER,
        ("line", "Quan hệ với người được cấp Giấy xác nhận tình trạng hôn nhân:"),
        ("bold", "Đề nghị cấp Giấy xác nhận tình trạng hôn nhân cho người có tên dưới đây:"),
        ("line", "Họ, chữ đệm, tên:"), ("line", "Ngày, tháng, năm sinh:"),
        ("line", "Giới tính: .................. Dân tộc: .................. Quốc tịch:"),
        ("line", "Giấy tờ tùy thân:(3)"), ("line", "Nơi cư trú:(2)"),
        ("line", "Trong thời gian cư trú tại: ........................................ từ ngày ........ đến ngày"),
        ("line", "Tình trạng hôn nhân:(4)"), ("lines", 2),
        ("line", "Mục đích sử dụng Giấy xác nhận tình trạng hôn nhân:(5)"), ("lines", 1),
        ("text", "Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về "
                 "lời khai của mình."),
        SIGN_REQ, *COMMON_NOTES,
        ("note", "(4) Ghi rõ tình trạng hôn nhân hiện tại: chưa đăng ký kết hôn với ai; đang có vợ/chồng là ông/bà "
                 "...; hoặc đã đăng ký kết hôn nhưng đã ly hôn hay người kia đã chết."),
        ("note", "(5) Ghi rõ mục đích sử dụng, ví dụ: để đăng ký kết hôn với ông/bà ... tại ...; không được ghi chung "
                 "là để bổ túc hồ sơ."),
    ],
    "to-khai-thay-doi-cai-chinh-bo-sung-thong-tin-ho-tich.docx": [
        ("source", "Mẫu ban hành kèm theo Thông tư số 04/2020/TT-BTP"), ("header",),
        ("title", "TỜ KHAI ĐĂNG KÝ VIỆC THAY ĐỔI, CẢI CHÍNH, BỔ SUNG THÔNG TIN HỘ TỊCH, XÁC ĐỊNH LẠI DÂN TỘC"),
        ("to",), *REQUESTER,
        ("line", "Quan hệ với người được thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc:"),
        ("bold", "Đề nghị cơ quan đăng ký việc thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc "
                 "cho người có tên dưới đây:"),
        ("line", "Họ, chữ đệm, tên:"), ("line", "Ngày, tháng, năm sinh:"),
        ("line", "Giới tính: .................. Dân tộc: .................. Quốc tịch:"),
        ("line", "Nơi cư trú:(2)"), ("line", "Giấy tờ tùy thân:(3)"),
        ("line", "Đã đăng ký tại:(4) .................................................. ngày ...... tháng ...... năm"),
        ("line", "theo Giấy ..................................... số: .................. Quyển số:"),
        ("line", "Nội dung thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc: từ"),
        ("line", "thành"),
        ("line", "Lý do:"), ("lines", 1),
        COMMITMENT, SIGN_REQ,
        ("check", "Đề nghị cấp bản sao:   Có ☐   Không ☐     Số lượng: ........ bản"),
        *COMMON_NOTES,
        ("note", "(4) Ghi tên cơ quan đã đăng ký hộ tịch trước đây."),
    ],
    "to-khai-cap-ban-sao-trich-luc-ho-tich.docx": [
        ("source", "Mẫu ban hành kèm theo Thông tư số 04/2020/TT-BTP"), ("header",),
        ("title", "TỜ KHAI CẤP BẢN SAO TRÍCH LỤC HỘ TỊCH"), ("to",), *REQUESTER,
        ("line", "Quan hệ với người được cấp bản sao trích lục hộ tịch:"),
        ("bold", "Đề nghị cấp bản sao trích lục hộ tịch về(4) .................................. cho người có tên "
                 "dưới đây:"),
        ("line", "Họ, chữ đệm, tên:"), ("line", "Ngày, tháng, năm sinh:"),
        ("line", "Giới tính: .................. Dân tộc: .................. Quốc tịch:"),
        ("line", "Nơi cư trú:(2)"), ("line", "Giấy tờ tùy thân:(3)"),
        ("line", "Đã đăng ký tại:(5) .................................................. ngày ...... tháng ...... năm"),
        ("line", "theo ..................................... số: .................. Quyển số:"),
        ("line", "Số lượng bản sao đề nghị cấp: .................... bản"),
        ("text", "Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về "
                 "cam đoan của mình."),
        SIGN_REQ, *COMMON_NOTES,
        ("note", "(4) Ghi rõ loại việc hộ tịch đã đăng ký, ví dụ: khai sinh, kết hôn, khai tử."),
        ("note", "(5) Ghi tên cơ quan đã đăng ký sự kiện hộ tịch."),
    ],
    "giay-de-nghi-dang-ky-ho-kinh-doanh.docx": [
        ("source", "Phụ lục III-1 ban hành kèm theo Thông tư số 01/2021/TT-BKHĐT"), ("header",),
        ("sub", "....................., ngày ...... tháng ...... năm .........."),
        ("title", "GIẤY ĐỀ NGHỊ ĐĂNG KÝ HỘ KINH DOANH"),
        ("text", "Kính gửi: Phòng Tài chính - Kế hoạch ........................................"),
        ("line", "Tôi là (ghi họ tên bằng chữ in hoa):"),
        ("line", "Là (đánh dấu X vào ô thích hợp):   ☐ Chủ hộ kinh doanh   ☐ Thành viên hộ gia đình được ủy quyền"),
        ("line", "Ngày sinh: ....../....../.......... Dân tộc: .................. Quốc tịch:"),
        ("line", "Số định danh cá nhân:"),
        ("line", "Địa chỉ thường trú:"), ("line", "Địa chỉ liên lạc:"),
        ("line", "Điện thoại: ........................................ Thư điện tử:"),
        ("bold", "Đăng ký hộ kinh doanh do tôi là chủ hộ với các nội dung sau:"),
        ("line", "1. Tên hộ kinh doanh (ghi bằng chữ in hoa):"),
        ("line", "2. Địa chỉ trụ sở hộ kinh doanh: Số nhà, ngách, hẻm, ngõ, đường phố/tổ/xóm/ấp/thôn:"),
        ("line", "Xã/Phường/Thị trấn: .................................. Quận/Huyện/Thị xã/Thành phố:"),
        ("line", "Tỉnh/Thành phố: .................................. Điện thoại:"),
        ("line", "3. Ngành, nghề kinh doanh:"), ("lines", 2),
        ("line", "4. Vốn kinh doanh (bằng số; VNĐ): .................................. Bằng chữ:"),
        ("line", "5. Số lượng lao động (dự kiến):"),
        ("line", "6. Thông tin về các thành viên hộ gia đình tham gia thành lập hộ kinh doanh (nếu có):"),
        ("lines", 2),
        ("text", "Tôi cam kết: bản thân không thuộc diện pháp luật cấm kinh doanh; không đồng thời là chủ hộ kinh "
                 "doanh khác; không là chủ doanh nghiệp tư nhân; không là thành viên hợp danh của công ty hợp danh "
                 "(trừ trường hợp được sự nhất trí của các thành viên hợp danh còn lại); trụ sở hộ kinh doanh thuộc "
                 "quyền sở hữu/quyền sử dụng hợp pháp của tôi và được sử dụng đúng mục đích theo quy định của pháp "
                 "luật; chịu trách nhiệm trước pháp luật về tính hợp pháp, chính xác và trung thực của nội dung "
                 "đăng ký trên."),
        ("sign", "", "CHỦ HỘ KINH DOANH/", "THÀNH VIÊN HỘ GIA ĐÌNH ĐƯỢC ỦY QUYỀN (Ký và ghi họ tên)"),
    ],
    "to-khai-thay-doi-thong-tin-cu-tru-ct01.docx": [
        ("source", "Mẫu CT01 ban hành kèm theo Thông tư số 66/2023/TT-BCA ngày 17/11/2023 của Bộ trưởng Bộ Công an"),
        ("header",),
        ("title", "TỜ KHAI THAY ĐỔI THÔNG TIN CƯ TRÚ"),
        ("text", "Kính gửi:(1) ........................................................................"),
        ("line", "1. Họ, chữ đệm và tên:"), ("line", "2. Ngày, tháng, năm sinh: ....../....../.......... 3. Giới tính:"),
        ("line", "4. Số định danh cá nhân:"),
        ("line", "5. Số điện thoại liên hệ: .................................. 6. Email:"),
        ("line", "7. Họ, chữ đệm và tên chủ hộ: .................................. 8. Mối quan hệ với chủ hộ:"),
        ("line", "9. Số định danh cá nhân của chủ hộ:"),
        ("line", "10. Nội dung đề nghị:(2)"), ("lines", 2),
        ("line", "11. Những thành viên trong hộ gia đình cùng thay đổi (TT; họ, chữ đệm và tên; ngày, tháng, năm "
                 "sinh; giới tính; số định danh cá nhân; mối quan hệ với chủ hộ):"), ("lines", 3),
        ("bold", "Ý KIẾN CỦA CHỦ HỘ(3)"),
        ("line", "....................., ngày ...... tháng ...... năm .......... (7) Họ và tên:"),
        ("line", "(7) Số định danh cá nhân:"),
        ("bold", "Ý KIẾN CỦA CHỦ SỞ HỮU CHỖ Ở HỢP PHÁP(4)"),
        ("line", "....................., ngày ...... tháng ...... năm .......... (7) Họ và tên:"),
        ("line", "(7) Số định danh cá nhân:"),
        ("bold", "Ý KIẾN CỦA CHA, MẸ HOẶC NGƯỜI GIÁM HỘ(5)"),
        ("line", "....................., ngày ...... tháng ...... năm .......... (7) Họ và tên:"),
        ("line", "(7) Số định danh cá nhân:"),
        ("sign", "....................., ngày ...... tháng ...... năm ..........", "NGƯỜI KÊ KHAI(6)",
         "(Ký, ghi rõ họ, chữ đệm và tên)"),
        ("bold", "Chú thích:"),
        ("note", "(1) Cơ quan đăng ký cư trú."),
        ("note", "(2) Ghi rõ ràng, cụ thể nội dung đề nghị. Ví dụ: đăng ký thường trú; đăng ký tạm trú; tách hộ; xác "
                 "nhận thông tin về cư trú ..."),
        ("note", "(3) Áp dụng đối với các trường hợp Luật Cư trú yêu cầu ý kiến đồng ý của chủ hộ; chủ hộ ghi rõ nội "
                 "dung đồng ý và ký vào Tờ khai, xác nhận qua ứng dụng VNeID hoặc có văn bản riêng (không phải công "
                 "chứng, chứng thực)."),
        ("note", "(4) Áp dụng đối với các trường hợp phải có ý kiến đồng ý của chủ sở hữu chỗ ở hợp pháp; trường hợp "
                 "nhiều đồng sở hữu thì phải có ý kiến của tất cả, trừ khi đã thỏa thuận cử đại diện."),
        ("note", "(5) Áp dụng đối với người chưa thành niên, người hạn chế hành vi dân sự, người không đủ năng lực "
                 "hành vi dân sự có thay đổi thông tin về cư trú."),
        ("note", "(6) Nộp trực tiếp thì người kê khai ký, ghi rõ họ, chữ đệm và tên; nộp qua cổng dịch vụ công hoặc "
                 "ứng dụng VNeID thì không phải ký."),
        ("note", "(7) Chỉ kê khai khi công dân đề nghị xác nhận nội dung đồng ý thông qua ứng dụng VNeID."),
    ],
    "don-de-nghi-xac-dinh-muc-do-khuyet-tat.docx": [
        ("source", "Mẫu số 01 ban hành kèm theo Thông tư số 01/2019/TT-BLĐTBXH"), ("header",),
        ("title", "ĐƠN ĐỀ NGHỊ"),
        ("sub", "Xác định, xác định lại mức độ khuyết tật và cấp, đổi, cấp lại Giấy xác nhận khuyết tật"),
        ("text", "Kính gửi: Chủ tịch Hội đồng xác định mức độ khuyết tật xã/phường/thị trấn ......................"),
        ("bold", "Thông tin người được đề nghị xác định mức độ khuyết tật"),
        ("line", "Họ và tên: .................................. Sinh ngày ...... tháng ...... năm"),
        ("line", "Giới tính: .................. Số định danh cá nhân:"),
        ("line", "Nơi ở hiện nay:"),
        ("bold", "Thông tin người đại diện hợp pháp (nếu có)"),
        ("line", "Họ và tên: .................................. Quan hệ với người được xác định:"),
        ("line", "Số định danh cá nhân: .................................. Số điện thoại:"),
        ("line", "Đề nghị (đánh dấu X vào ô thích hợp):   ☐ Xác định mức độ khuyết tật   ☐ Xác định lại   ☐ Cấp đổi   ☐ Cấp lại"),
        ("line", "Lý do đề nghị:"), ("lines", 1),
        ("line", "Hồ sơ, giấy tờ kèm theo (nếu có):"), ("lines", 1),
        ("text", "Tôi xin cam đoan những lời khai trên là đúng sự thật, nếu sai tôi xin chịu trách nhiệm hoàn toàn."),
        ("sign", "....................., ngày ...... tháng ...... năm ..........", "NGƯỜI VIẾT ĐƠN",
         "(Ký, ghi rõ họ tên hoặc điểm chỉ)"),
    ],
}


def main():
    for name, blocks in FORMS.items():
        path = write(name, blocks)
        with zipfile.ZipFile(path) as z:
            assert z.testzip() is None, name
        print("wrote", name)


if __name__ == "__main__":
    main()
